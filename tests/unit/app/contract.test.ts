import { contractViolations } from '../../setup/contract-validator';

// The setup checks every mock answer against the contract; these prove the check can fail.
const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('the contract check on mock answers', () => {
  it('accepts an answer that matches the document', async () => {
    const answer = json({
      items: [
        {
          id: 's',
          name: 'Site',
          city: 'Toronto',
          country: 'CA',
          timeZone: 'America/Toronto',
          closingHour: 18,
        },
      ],
    });
    expect(await contractViolations(new Request('http://x/api/v1/sites'), answer)).toEqual([]);
  });

  it('reports a missing required field', async () => {
    const answer = json({ items: [{ id: 's', name: 'Site' }] });
    const problems = await contractViolations(new Request('http://x/api/v1/sites'), answer);
    expect(problems.join('\n')).toMatch(/must have required property 'city'/);
  });

  it('reports a path, a status or a content type the contract does not have', async () => {
    expect(await contractViolations(new Request('http://x/api/v1/nowhere'), json({}))).toEqual([
      'GET /api/v1/nowhere -> 200: no such path in the contract',
    ]);
    expect((await contractViolations(new Request('http://x/api/v1/sites'), json({}, 418)))[0]).toMatch(
      /status not in the contract/,
    );
    expect((await contractViolations(new Request('http://x/api/v1/sites'), json({}, 401)))[0]).toMatch(
      /content type application\/json/,
    );
  });

  it('accepts any server error that is a problem document', async () => {
    const problem = json(
      { type: 'about:blank', title: 'Down', status: 503 },
      503,
      'application/problem+json',
    );
    expect(await contractViolations(new Request('http://x/api/v1/sites'), problem)).toEqual([]);
  });
});
