/**
 * The intermediate model: the only contract between loading (which knows AsyncAPI and its parser) and
 * emitting (which knows TypeScript). Everything here is plain, structured-clonable data, so the loader can
 * run in a worker thread and post it back.
 */

/** A JSON Schema (draft-07 subset) after normalisation; `$ref` always names an entry of `GatewayIr.schemas`. */
export interface JsonSchema {
  $ref?: string;
  type?: SchemaType | SchemaType[];
  title?: string;
  description?: string;
  format?: string;
  deprecated?: boolean;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  /** Only ever `{}` (nothing is valid): a property that is never present, TypeScript's `never`. */
  not?: JsonSchema;
  default?: unknown;
  examples?: unknown[];
  /** Member names for an `enum` (the `x-enum-varnames` extension), same order as `enum`. */
  'x-enum-varnames'?: string[];
  /** Deprecated extra names for enum values (the `x-enum-aliases` extension): name -> value. */
  'x-enum-aliases'?: Record<string, unknown>;
  /** Bit flags of an integer bit field: flag name -> bit number (the `x-bitflags` extension). */
  'x-bitflags'?: Record<string, number>;
  /** The flags of `x-bitflags` that need the application's approval (the `x-privileged-flags` extension). */
  'x-privileged-flags'?: string[];
}

export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** Where something came from in the input, for error messages: a JSON pointer into a file. */
export interface SourceRef {
  file: string;
  pointer: string;
}

/** A schema with a TypeScript name: a component schema, or an inline one hoisted and named from its path. */
export interface NamedSchema {
  name: string;
  schema: JsonSchema;
  /** true when the name comes from the document (a component key or `title`), false when derived from a path. */
  fromDocument: boolean;
  source: SourceRef;
}

export type Direction = 'send' | 'receive';

/**
 * How messages are framed on the wire. `opcode`: every payload is `{ op, d, s?, t? }` (the Discord gateway
 * shape the runtime drives); `plain`: the payload is the message itself, told apart by `discriminator`.
 */
export type Envelope =
  | { kind: 'opcode'; opcodeField: string; dataField: string; sequenceField?: string; eventField?: string }
  | { kind: 'plain'; discriminator?: { field: string } };

export interface MessageIr {
  /** Stable identity: the component key, else a pointer. */
  key: string;
  /** PascalCase base for every identifier derived from this message (`MessageCreate`). */
  name: string;
  direction: Direction;
  title?: string;
  summary?: string;
  description?: string;
  /** Intents the message needs (the `x-intents` extension), any of them. */
  intents: string[];
  /** The envelope's opcode (`op` const), when the envelope has one. */
  opcode?: number;
  /** Dispatch event name (`t` const, else an UPPER_SNAKE title, else derived from the name). */
  event?: string;
  /** Value of the plain envelope's discriminator field, when it has one. */
  discriminatorValue?: string;
  /** The whole payload schema (for plain envelopes, the message type). */
  payload: JsonSchema;
  /** The envelope's data (`d`) schema and whether the payload requires it. */
  data?: { schema: JsonSchema; required: boolean };
  /** Request/reply: the key of the reply message, when the operation declares one. */
  replyKey?: string;
  /** Request/reply: the keys of every message the reply may be (3.x `reply.messages`), first = `replyKey`. */
  replyKeys?: string[];
  /** Where the message carries its correlation id (3.x/2.x `correlationId.location`), when it has one. */
  correlation?: Correlation;
  /** The channel address (3.x `address`, 2.x channel name) the message travels on. */
  channel?: string;
  /** true when the message goes both ways (sent by one operation, received by another). */
  bothWays?: boolean;
  /** The message's `headers` schema (a `$ref` to a named schema), when it has one. */
  headers?: JsonSchema;
  /** Its protocol bindings (MQTT `responseTopic`, `contentType`...), plain envelopes only. */
  bindings?: Bindings;
  source: SourceRef;
}

/** A JSON value inside a binding. */
export type BindingValue = string | number | boolean | null | BindingValue[] | { [key: string]: BindingValue };

/** `bindings` of a server, channel, operation or message: protocol (`mqtt`, `amqp`...) -> its binding object. */
export type Bindings = Record<string, Record<string, BindingValue>>;

/** A channel parameter: a `{name}` of the address, typed by its schema (2.x) or `enum`/`default` (3.x). */
export interface ParameterIr {
  name: string;
  /** Always a string-valued schema in 3.x; 2.x may say `integer`. Keeps `enum`, `pattern`, `default`, `examples`. */
  schema: JsonSchema;
  description?: string;
}

/** A channel an operation uses: its address template, parameters and the servers it lives on. */
export interface ChannelIr {
  /** Its key in `channels` (2.x: the address). */
  key: string;
  /** PascalCase base for identifiers derived from the channel (`LightTurnOnParameters`), registered once. */
  name: string;
  address: string;
  /** In the order they appear in the address; parameters the document declares but the address lacks are dropped. */
  parameters: ParameterIr[];
  /** Names of the servers it is on (3.x channel `servers`, 2.x channel `servers`); empty = every server. */
  servers: string[];
  /** Its protocol bindings (AMQP `exchange` and `queue`...). */
  bindings?: Bindings;
  source: SourceRef;
}

/**
 * One operation of the generated side (a 3.x operation or `reply`, a 2.x `publish`/`subscribe`): the unit
 * that gets a method. A message used by several operations has one `MessageIr` and appears in each of them.
 */
export interface OperationIr {
  /** The operation id (3.x key, 2.x `operationId`), else derived from the channel. */
  key: string;
  direction: Direction;
  /** The key of its `ChannelIr`, when it has a channel with an address. */
  channel?: string;
  /** The keys of its messages. */
  messages: string[];
  /** Sends only, per message (by key): the PascalCase base of its method (`sendTurnOn`, `requestJoin`), unique in the client. */
  methods: Array<{ message: string; name: string }>;
  /** Request/reply: the keys of the messages that answer it. */
  replies: string[];
  /** Its protocol bindings, traits applied (MQTT `qos` and `retain`...). */
  bindings?: Bindings;
  source: SourceRef;
}

/** A runtime expression `$message.header#/a/b` or `$message.payload#/a/b`, split. */
export interface Correlation {
  in: 'header' | 'payload';
  /** Property names from the header or payload root down to the id. */
  path: string[];
  /** The id's schema type, when the document says (`integer` ids are counted, others are random strings). */
  type?: SchemaType;
}

export interface OpcodeIr {
  name: string;
  value: number;
  direction: Direction | 'both';
}

export interface ServerIr {
  name: string;
  /** The URL with every variable at its default (what a client connects to when given nothing). */
  url: string;
  /** The URL with `{variable}` placeholders (2.x `url`; 3.x `protocol://host/pathname`), filled by `variables`. */
  template: string;
  protocol: string;
  variables: ServerVariableIr[];
  description?: string;
  /** Its protocol bindings (MQTT `clientId`, `cleanSession`, `keepAlive`...). */
  bindings?: Bindings;
}

export interface ServerVariableIr {
  name: string;
  default?: string;
  enum?: string[];
  description?: string;
}

export interface GatewayIr {
  asyncapiVersion: string;
  title: string;
  version: string;
  description?: string;
  servers: ServerIr[];
  envelope: Envelope;
  messages: MessageIr[];
  /** Plain envelopes only (the opcode runtime has one socket and no channels): every operation and its channel. */
  operations: OperationIr[];
  channels: ChannelIr[];
  schemas: NamedSchema[];
  opcodes: OpcodeIr[];
  /** Non-fatal remarks for the user (unsupported keywords dropped, names disambiguated). */
  warnings: string[];
}
