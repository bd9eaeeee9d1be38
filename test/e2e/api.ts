/** Setup calls to the server under test, through its public API, as a script or integration would make them. */
export class ApiSession {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** Signs in; the server allows a few logins a minute, so a refused attempt waits as long as it is told and tries again. */
  static async login(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    let response = await ApiSession.attempt(baseUrl, username, password);
    for (let retry = 0; response.status === 429 && retry < 3; retry += 1) {
      const seconds = Number(response.headers.get('retry-after') ?? '20');
      await new Promise((resolve) => setTimeout(resolve, (Number.isFinite(seconds) ? seconds : 20) * 1000 + 500));
      response = await ApiSession.attempt(baseUrl, username, password);
    }
    if (response.status !== 201) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
    return new ApiSession(baseUrl, ((await response.json()) as { token: string }).token);
  }

  private static attempt(baseUrl: string, username: string, password: string): Promise<Response> {
    return fetch(`${baseUrl}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Creates a staff account bound to a jurisdiction; returns its username. */
  async createStaff(role: string, jurisdictionCode: string, password: string): Promise<string> {
    const username = `e2e.${role}.${jurisdictionCode}`;
    await this.call('POST', '/accounts', { username, displayName: `${role} ${jurisdictionCode}`, password, role, jurisdictionCode });
    return username;
  }
}

export interface PersonSummary {
  id: string;
  name: string;
  jurisdictionCode: string;
}
