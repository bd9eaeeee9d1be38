// The floor under the scan benchmark, in its own process: the platform's web framework answering the scan
// route with an answer of a scan's size, after parsing the request's JSON body, and doing nothing else (no
// authentication, venue token, validation, storage, commit or audit). The same load generator against it
// shows what HTTP on loopback alone costs on this machine. Prints "listening <port>" once it serves.
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.post('/api/v1/checkins', async (request, reply) => {
  const body = request.body as { token?: unknown; enteredAt?: unknown };
  return reply.code(201).send({
    checkin: {
      personId: '00000000-0000-0000-0000-000000000000',
      venueId: typeof body.token === 'string' ? body.token.slice(0, 36) : '',
      venueName: 'Venue 00000',
      enteredAt: body.enteredAt,
      exitedAt: null,
      temperature: null,
      source: 'scan',
      jurisdictionCode: '000000000000',
      recordedAt: body.enteredAt,
    },
    feverFlagRaised: false,
  });
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
