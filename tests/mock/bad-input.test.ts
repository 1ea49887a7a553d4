// Bodies that are not what a write takes: the mock, standing in for the real backend, answers each with a
// problem+json 4xx (the Vitest setup checks every answer against the contract), never a 500.
import { signInAs } from '../setup/render';
import { sendRaw, WRITE_ENDPOINTS } from '../setup/write-endpoints';

const NOT_AN_OBJECT = ['[]', '[{"name":"x"}]', '"text"', '42', 'null', 'true', '{not json', ''];

describe('a write whose body is not a JSON object', () => {
  it.each(WRITE_ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s answers 400 problem+json for every such body',
    async (_name, endpoint) => {
      const session = endpoint.role ? await signInAs(endpoint.role) : undefined;
      for (const body of NOT_AN_OBJECT) {
        const response = await sendRaw(endpoint, body, session?.csrfToken);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      }
    },
  );
});

describe('a write without the session’s CSRF token', () => {
  it.each(
    WRITE_ENDPOINTS.filter((endpoint) => endpoint.role).map(
      (endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const,
    ),
  )('%s answers 403 problem+json', async (_name, endpoint) => {
    await signInAs(endpoint.role!);
    const response = await sendRaw(endpoint, '{}', undefined);
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });
});
