import { Random, WeightedChoice } from './random.ts';

// Common Chinese surnames in their approximate order of frequency; weights fall off geometrically, which
// gives the top ten about half the population, as national registries report. Synthetic names only.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华文辉建国红梅志鹏飞波斌宇浩凯晨欣怡子涵雨轩梓萱一诺思远嘉俊佳琪婷博睿泽阳雪峰海燕振东春生秋菊晓彤欢乐安康宁'.split('');
const NONE = 255;

/** Names kept as three small codes per person (surname, one or two given characters), spelled out on demand. */
export class Names {
  private readonly codes: Uint8Array;

  constructor(count: number) {
    this.codes = new Uint8Array(count * 3);
  }

  /** Draws everyone's name in person order. */
  draw(random: Random): this {
    const surnames = new WeightedChoice(
      SURNAMES.map((_, index) => index),
      SURNAMES.map((_, index) => Math.pow(0.93, index)),
    );
    const count = this.codes.length / 3;
    for (let person = 0; person < count; person++) {
      const length = random.chance(0.7) ? 2 : 1;
      this.codes[person * 3 + 1] = Math.floor(random.next() * GIVEN.length);
      this.codes[person * 3 + 2] = length === 2 ? Math.floor(random.next() * GIVEN.length) : NONE;
      this.codes[person * 3] = surnames.draw(random);
    }
    return this;
  }

  of(person: number): string {
    const second = this.codes[person * 3 + 2]!;
    return SURNAMES[this.codes[person * 3]!]! + GIVEN[this.codes[person * 3 + 1]!]! + (second === NONE ? '' : GIVEN[second]!);
  }
}
