/**
 * Which tax-card service a run asks: KASSA_TAX_CARD_URL when set (the tax authority, or a proxy to
 * it); else, in training or on the embedded database, the local stand-in on loopback; else none
 * (a fund on PostgreSQL without the URL uses the cards it has, and no card means 50 %).
 */
import type { Config } from '../../platform/config';
import { type TaxCardService, taxCardClient } from './client';
import { startTaxCardStandIn } from './stand-in';

export async function openTaxCardService(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ service: TaxCardService; close(): Promise<void> } | undefined> {
  const url = env.KASSA_TAX_CARD_URL;
  if (url) return { service: taxCardClient(url), close: async () => undefined };
  if (config.env !== 'training' && config.databaseUrl) return undefined;
  const standIn = await startTaxCardStandIn();
  return { service: taxCardClient(standIn.url), close: () => standIn.close() };
}
