import { z } from 'zod';

import { CloudEventHeadersSchema } from '../envelope/cloud-event-headers';
import { ArticleContracts } from '../event-contract';
import { WireMediaTypes } from '../events/raw-article/wire-document';

function jsonSchema(schema: z.ZodType): unknown {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

/**
 * The AsyncAPI 3 description of every topic, derived from the same schemas the consumers run, so
 * the published document cannot drift from the code (a spec compares it with docs/asyncapi.yaml).
 */
export function asyncApiDocument() {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};

  for (const [name, contract] of Object.entries(ArticleContracts)) {
    const names = contract.documents === 'accepted' ? [name, `${name}Document`] : [name];
    channels[name] = {
      address: contract.topic,
      description: contract.summary,
      messages: Object.fromEntries(names.map((message) => [message, { $ref: `#/components/messages/${message}` }])),
    };
    operations[`consume${name[0].toUpperCase()}${name.slice(1)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${name}` },
    };
    messages[name] = {
      name: contract.type,
      contentType: 'application/json',
      summary: contract.summary,
      ...(contract.envelope === 'required' ? { headers: { $ref: '#/components/schemas/cloudEventHeaders' } } : {}),
      bindings: { kafka: { key: { type: 'string', description: 'article id' } } },
      payload: jsonSchema(contract.schema),
    };
    if (contract.documents === 'accepted') {
      messages[`${name}Document`] = {
        name: `${contract.type} (wire document)`,
        summary: `A newsroom document of one or more articles, named by its content-type: ${Object.keys(WireMediaTypes).join(', ')}. The article_source header names its source when the document does not.`,
        payload: { type: 'string', description: 'the document bytes as sent' },
      };
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'newsflow article events',
      version: '1.0.0',
      description:
        'Topics between the newsflow stages. CloudEvents 1.0 attributes travel in Kafka headers (binary mode); the message key is the article id.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { schemas: { cloudEventHeaders: jsonSchema(CloudEventHeadersSchema) }, messages },
  };
}
