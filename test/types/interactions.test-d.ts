// INTERACTION_CREATE as a bot author handles it: narrowed on `type`, then on the data's own discriminants.
import { describe, expectTypeOf, it } from 'vitest';
import {
  GatewayClient,
  InteractionType,
  type ApplicationCommandInteractionDataOption,
  type AutocompleteInteractionDataOption,
  type Interaction,
  type InteractionDataResolved,
  type Message,
  type ModalSubmitComponent,
  type Snowflake,
  type UserInteractionDataResolved,
} from 'discord-gateway-client';

const client = new GatewayClient({ token: 't', intents: 0 });

describe('INTERACTION_CREATE', () => {
  it('is the Interaction union, and data needs a narrowing first', () => {
    client.on('INTERACTION_CREATE', (interaction) => {
      expectTypeOf(interaction).toEqualTypeOf<Interaction>();
      expectTypeOf(interaction.id).toEqualTypeOf<Snowflake>();
      expectTypeOf(interaction.type).toEqualTypeOf<1 | 2 | 3 | 4 | 5>();
      // @ts-expect-error a ping has no data: narrow on type before reading it
      interaction.data.name;
      if (interaction.type === 1) {
        // @ts-expect-error a ping has no data
        interaction.data;
      }
      // @ts-expect-error 6 is not an interaction type
      if (interaction.type === 6) return;
    });
  });

  it('types an application command: its name, options and resolved data', () => {
    client.on('INTERACTION_CREATE', (interaction) => {
      if (interaction.type !== 2) return;
      expectTypeOf(interaction.data.name).toEqualTypeOf<string>();
      expectTypeOf(interaction.data.options).toEqualTypeOf<ApplicationCommandInteractionDataOption[] | undefined>();
      expectTypeOf(interaction.data.type).toEqualTypeOf<1 | 2 | 3 | 4>();
      // A command always comes with its channel; every other channel field is partial.
      expectTypeOf(interaction.channel.id).toEqualTypeOf<Snowflake>();
      // @ts-expect-error the channel name is not always sent (and a DM has none)
      interaction.channel.name.length;
      if (interaction.data.type === 1) {
        expectTypeOf(interaction.data.resolved).toEqualTypeOf<InteractionDataResolved | undefined>();
        // @ts-expect-error a slash command has no target
        interaction.data.target_id.length;
      }
      if (interaction.data.type === 2) {
        expectTypeOf(interaction.data.target_id).toEqualTypeOf<Snowflake>();
        expectTypeOf(interaction.data.resolved).toEqualTypeOf<UserInteractionDataResolved>();
        expectTypeOf(interaction.data.options).toEqualTypeOf<undefined>();
      }
      if (interaction.data.type === 3) expectTypeOf(interaction.data.resolved.messages).toEqualTypeOf<Record<string, Message>>();
    });
  });

  it('types options by their type: sub-commands, groups and values', () => {
    const read = (option: ApplicationCommandInteractionDataOption): void => {
      // @ts-expect-error a sub-command has no value: narrow on type first
      option.value;
      switch (option.type) {
        case 1:
          expectTypeOf(option.options).toEqualTypeOf<Exclude<ApplicationCommandInteractionDataOption, { type: 1 | 2 }>[] | undefined>();
          break;
        case 2:
          expectTypeOf(option.options[0]!.type).toEqualTypeOf<1>();
          break;
        case 3:
          expectTypeOf(option.value).toEqualTypeOf<string>();
          expectTypeOf(option.focused).toEqualTypeOf<boolean | undefined>();
          break;
        case 4:
        case 10:
          expectTypeOf(option.value).toEqualTypeOf<number>();
          break;
        case 5:
          expectTypeOf(option.value).toEqualTypeOf<boolean>();
          break;
        default:
          // user, channel, role, mentionable, attachment: an id, resolved in data.resolved
          expectTypeOf(option.type).toEqualTypeOf<6 | 7 | 8 | 9 | 11>();
          expectTypeOf(option.value).toEqualTypeOf<Snowflake>();
      }
    };
    expectTypeOf(read).toBeFunction();
  });

  it('types autocomplete: the options typed so far, numbers as strings, the focused one marked', () => {
    client.on('INTERACTION_CREATE', (interaction) => {
      if (interaction.type !== InteractionType.ApplicationCommandAutocomplete) return;
      expectTypeOf(interaction.data.options).toEqualTypeOf<AutocompleteInteractionDataOption[]>();
      const focused = interaction.data.options.find((o) => 'focused' in o && o.focused === true);
      if (focused?.type === 4) expectTypeOf(focused.value).toEqualTypeOf<string>();
    });
  });

  it('types a component interaction: custom_id, the values of a select, the message it is on', () => {
    client.on('INTERACTION_CREATE', (interaction) => {
      if (interaction.type !== InteractionType.MessageComponent) return;
      expectTypeOf(interaction.data.custom_id).toEqualTypeOf<string>();
      expectTypeOf(interaction.message).toEqualTypeOf<Message>();
      expectTypeOf(interaction.data.values).toEqualTypeOf<string[] | undefined>();
      if (interaction.data.component_type === 2) expectTypeOf(interaction.data.values).toEqualTypeOf<undefined>();
      if (interaction.data.component_type === 3) expectTypeOf(interaction.data.values).toEqualTypeOf<string[]>();
      if (interaction.data.component_type === 6) expectTypeOf(interaction.data.resolved.roles).toBeObject();
      // @ts-expect-error a component interaction has no command options
      interaction.data.options;
    });
  });

  it('types a modal submit: its components and the values in them', () => {
    client.on('INTERACTION_CREATE', (interaction) => {
      if (interaction.type !== InteractionType.ModalSubmit) return;
      expectTypeOf(interaction.data.custom_id).toEqualTypeOf<string>();
      for (const row of interaction.data.components) {
        if (row.type === 1) expectTypeOf(row.components[0]!.value).toEqualTypeOf<string>();
        if (row.type === 18) {
          expectTypeOf(row.component).toEqualTypeOf<ModalSubmitComponent>();
          if (row.component.type === 4) expectTypeOf(row.component.value).toEqualTypeOf<string>();
          if (row.component.type === 21) expectTypeOf(row.component.value).toEqualTypeOf<string | null>();
          if (row.component.type === 23) expectTypeOf(row.component.value).toEqualTypeOf<boolean>();
          if (row.component.type === 3) expectTypeOf(row.component.values).toEqualTypeOf<string[]>();
        }
        // @ts-expect-error a text display sends back no content
        if (row.type === 10) row.content;
      }
    });
  });
});
