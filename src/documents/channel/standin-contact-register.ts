/**
 * Local stand-in for the contact register, speaking its protocol on loopback. Answers like the
 * real register for a real population, deterministically per person (from a hash of the national
 * id): about 75 % with an active digital mailbox, 10 % reserved, 10 % active without a mailbox,
 * 5 % not registered.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { KrrPerson } from './contact-register';

export function standinAnswer(nationalId: string): KrrPerson {
  const bucket = createHash('sha256').update(nationalId).digest().readUInt16BE(0) % 100;
  const contact = {
    epostadresse: `${nationalId.slice(-4)}@example.invalid`,
    mobiltelefonnummer: '+4799999999',
  };
  if (bucket >= 95) return { personidentifikator: nationalId, status: 'IKKE_REGISTRERT' };
  const base = {
    personidentifikator: nationalId,
    status: 'AKTIV' as const,
    varslingsstatus: 'KAN_VARSLES' as const,
    kontaktinformasjon: contact,
    spraak: 'nb',
  };
  if (bucket >= 85) return { ...base, reservasjon: 'NEI' };
  if (bucket >= 75) return { ...base, reservasjon: 'JA' };
  return {
    ...base,
    reservasjon: 'NEI',
    digitalpost: {
      postkasseadresse: `kassa.standin#${nationalId.slice(-6)}`,
      postkasseleverandoeradresse: '984661185',
    },
  };
}

const Request = z.object({
  personidentifikatorer: z
    .array(z.string().regex(/^\d{11}$/))
    .min(1)
    .max(1000),
});

export interface Standin {
  url: string;
  close(): Promise<void>;
}

export async function startContactRegisterStandin(port = 0): Promise<Standin> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/rest/v1/personer')
        return send(res, 404, { melding: 'ukjent ressurs' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { melding: 'ugyldig JSON' });
      }
      const parsed = Request.safeParse(body);
      if (!parsed.success) return send(res, 400, { melding: parsed.error.message });
      send(res, 200, { personer: parsed.data.personidentifikatorer.map(standinAnswer) });
    });
  });
  return listen(server, port);
}

export function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function listen(server: http.Server, port: number): Promise<Standin> {
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
