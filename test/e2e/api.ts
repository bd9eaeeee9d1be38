/** Setup calls to the server under test, through its public API, as a script or integration would make them. */
export class ApiSession {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (response.status !== 201) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
    return new ApiSession(baseUrl, ((await response.json()) as { token: string }).token);
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
