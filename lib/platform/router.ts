// The background's message router (issue 11 §3): one handler per message name, each request
// validated against its schema and its sender against its rule before the handler runs.
import type { ProtocolMap, MessageName, RequestOf } from './messages';
import { REQUESTS, SENDERS } from './message-schemas';
import { checkSender, type SenderEnvironment, type SenderInfo } from './sender';

type ResponseOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;

/** A handler per message name; it receives the validated request and the sender. */
export type Handlers = {
  [K in MessageName]?: (data: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** A refusal, as a value: what the sender gets back instead of a handler's answer. */
export type Refusal = { ok: false; error: string; refused: 'sender' | 'invalid-request' | 'no-handler' };

/** Routes one message: sender rule, then schema, then the handler. Never throws for bad input. */
export function createRouter(handlers: Handlers, env: SenderEnvironment) {
  return async function dispatch<K extends MessageName>(
    name: K,
    data: unknown,
    sender: SenderInfo,
  ): Promise<ResponseOf<K> | Refusal> {
    const handler = handlers[name] as
      ((d: RequestOf<K>, s: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K>) | undefined;
    if (!handler) return { ok: false, error: `no handler for ${name}`, refused: 'no-handler' };
    const verdict = await checkSender(SENDERS[name], sender, env);
    if (!verdict.ok) return { ok: false, error: `refused: ${verdict.reason}`, refused: 'sender' };
    const parsed = REQUESTS[name].safeParse(data);
    if (!parsed.success) return { ok: false, error: `invalid ${name} request`, refused: 'invalid-request' };
    return handler(parsed.data as RequestOf<K>, sender);
  };
}
