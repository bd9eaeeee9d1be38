import { Random, WeightedChoice } from './random.ts';

// Common Chinese surnames in their approximate order of frequency; weights fall off geometrically, which
// gives the top ten about half the population, as national registries report. Synthetic names only.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华文辉建国红梅志鹏飞波斌宇浩凯晨欣怡子涵雨轩梓萱一诺思远嘉俊佳琪婷博睿泽阳雪峰海燕振东春生秋菊晓彤欢乐安康宁'.split('');

export function createNamer(random: Random): (sex: 'male' | 'female') => string {
  const surnames = new WeightedChoice(SURNAMES, SURNAMES.map((_, index) => Math.pow(0.93, index)));
  return () => {
    const length = random.chance(0.7) ? 2 : 1;
    let given = '';
    for (let index = 0; index < length; index++) given += random.pick(GIVEN);
    return surnames.draw(random) + given;
  };
}
