// Message components as a bot author reads them: narrowed by `type` (and buttons by `style`).
import { describe, expectTypeOf, it } from 'vitest';
import {
  ComponentType,
  type ActionRowComponent,
  type ButtonComponent,
  type ComponentInContainer,
  type ComponentInMessageActionRow,
  type MessageCreateEvent,
  type MessageTopLevelComponent,
  type SelectMenuOption,
  type TextDisplayComponent,
  type UnfurledMediaItem,
} from 'discord-gateway-client';

declare const message: MessageCreateEvent;

describe('message components', () => {
  it('are typed on MESSAGE_CREATE', () => {
    expectTypeOf(message.components).toEqualTypeOf<MessageTopLevelComponent[] | undefined>();
    expectTypeOf(message.message_snapshots![0]!.message.components).toEqualTypeOf<MessageTopLevelComponent[] | undefined>();
  });

  it('are told apart by type', () => {
    const read = (component: MessageTopLevelComponent): void => {
      // @ts-expect-error only some components have children: narrow on type first
      component.components;
      switch (component.type) {
        case ComponentType.ActionRow:
          expectTypeOf(component.components).toEqualTypeOf<ComponentInMessageActionRow[]>();
          break;
        case ComponentType.TextDisplay:
          expectTypeOf(component.content).toEqualTypeOf<string>();
          break;
        case ComponentType.Section:
          expectTypeOf(component.components).toEqualTypeOf<TextDisplayComponent[]>();
          expectTypeOf(component.accessory.type).toEqualTypeOf<2 | 11>();
          break;
        case ComponentType.MediaGallery:
          expectTypeOf(component.items[0]!.media).toEqualTypeOf<UnfurledMediaItem>();
          break;
        case ComponentType.File:
          expectTypeOf(component.file.url).toEqualTypeOf<string>();
          break;
        case ComponentType.Separator:
          expectTypeOf(component.divider).toEqualTypeOf<boolean | undefined>();
          break;
        case ComponentType.Container:
          expectTypeOf(component.components).toEqualTypeOf<ComponentInContainer[]>();
          expectTypeOf(component.accent_color).toEqualTypeOf<number | null | undefined>();
          break;
        default:
          expectTypeOf(component).toBeNever();
      }
    };
    expectTypeOf(read).toBeFunction();
  });

  it('tell buttons apart by style and selects by type', () => {
    const read = (child: ComponentInMessageActionRow): void => {
      if (child.type === 2) {
        expectTypeOf(child).toEqualTypeOf<ButtonComponent>();
        // @ts-expect-error a link or premium button has no custom_id: narrow on style first
        child.custom_id.length;
        if (child.style === 5) expectTypeOf(child.url).toEqualTypeOf<string>();
        else if (child.style === 6) expectTypeOf(child.sku_id).toEqualTypeOf<string>();
        else expectTypeOf(child.custom_id).toEqualTypeOf<string>();
        return;
      }
      expectTypeOf(child.type).toEqualTypeOf<3 | 5 | 6 | 7 | 8>();
      expectTypeOf(child.custom_id).toEqualTypeOf<string>();
      if (child.type === 3) expectTypeOf(child.options).toEqualTypeOf<SelectMenuOption[]>();
      if (child.type === 7) expectTypeOf(child.default_values![0]!.type).toEqualTypeOf<'role' | 'user'>();
      // @ts-expect-error only a string select has options
      child.options;
    };
    expectTypeOf(read).toBeFunction();
  });

  it('reject what a message cannot hold', () => {
    // @ts-expect-error a text input (type 4) belongs in a modal, not in a message action row
    const row: ActionRowComponent = { type: 1, components: [{ type: 4, custom_id: 'name', style: 1 }] };
    // @ts-expect-error a link button has a url, not a custom_id
    const link: ButtonComponent = { type: 2, style: 5, url: 'https://discord.com', custom_id: 'x' };
    // @ts-expect-error an action row cannot be nested in an action row
    const nested: ComponentInMessageActionRow = { type: 1, components: [] };
    expectTypeOf([row, link, nested]).toBeArray();
  });
});
