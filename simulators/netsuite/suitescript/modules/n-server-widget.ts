// N/ui/serverWidget: a Form that records what beforeLoad or a Suitelet adds (tabs, field groups,
// fields with their values, buttons, the client script), so tests can read the rendered page.
import { SuiteScriptError } from '../script-error';

export const FIELD_TYPE = Object.fromEntries(
  [
    'CHECKBOX',
    'CURRENCY',
    'DATE',
    'DATETIMETZ',
    'EMAIL',
    'FILE',
    'FLOAT',
    'HELP',
    'INLINEHTML',
    'INTEGER',
    'LABEL',
    'LONGTEXT',
    'MULTISELECT',
    'PASSWORD',
    'PERCENT',
    'PHONE',
    'RADIO',
    'RICHTEXT',
    'SELECT',
    'TEXT',
    'TEXTAREA',
    'TIMEOFDAY',
    'URL',
  ].map((name) => [name, name.toLowerCase()]),
);

export const FIELD_DISPLAY_TYPE = {
  DISABLED: 'disabled',
  ENTRY: 'entry',
  HIDDEN: 'hidden',
  INLINE: 'inline',
  NORMAL: 'normal',
  READONLY: 'readonly',
} as const;

export class FormField {
  defaultValue: unknown = '';
  displayType: string = FIELD_DISPLAY_TYPE.NORMAL;
  helpText: string | null = null;
  constructor(
    readonly id: string,
    readonly label: string,
    readonly type: string,
    readonly container: string | null,
  ) {}
  updateDisplayType(options: { displayType: string }): this {
    this.displayType = options.displayType;
    return this;
  }
  updateLayoutType(): this {
    return this;
  }
  updateBreakType(): this {
    return this;
  }
  setHelpText(options: { help: string }): this {
    this.helpText = options.help;
    return this;
  }
}

export interface FormButton {
  id: string;
  label: string;
  functionName: string | null;
  isDisabled: boolean;
  isHidden: boolean;
}

export class Form {
  readonly tabs: { id: string; label: string; parent: string | null }[] = [];
  readonly fieldGroups: { id: string; label: string; tab: string | null }[] = [];
  readonly fields: FormField[] = [];
  readonly buttons: FormButton[] = [];
  private modulePath: string | null = null;
  private fileId: number | null = null;

  constructor(public title = '') {}

  get clientScriptModulePath(): string | null {
    return this.modulePath;
  }
  set clientScriptModulePath(value: string | null) {
    if (this.fileId !== null) throw conflict();
    this.modulePath = value;
  }
  get clientScriptFileId(): number | null {
    return this.fileId;
  }
  set clientScriptFileId(value: number | null) {
    if (this.modulePath !== null) throw conflict();
    this.fileId = value;
  }

  addTab(options: { id: string; label: string }) {
    this.requireId(options.id, 'custpage');
    this.tabs.push({ id: options.id, label: options.label, parent: null });
    return this.tabs.at(-1);
  }
  addSubtab(options: { id: string; label: string; tab?: string }) {
    this.requireId(options.id, 'custpage');
    this.tabs.push({ id: options.id, label: options.label, parent: options.tab ?? null });
    return this.tabs.at(-1);
  }
  addFieldGroup(options: { id: string; label: string; tab?: string }) {
    this.fieldGroups.push({ id: options.id, label: options.label, tab: options.tab ?? null });
    return this.fieldGroups.at(-1);
  }
  addField(options: { id: string; label: string; type: string; container?: string; source?: string }): FormField {
    this.requireId(options.id, 'custpage');
    const container = options.container ?? null;
    if (
      container !== null &&
      !this.tabs.some((tab) => tab.id === container) &&
      !this.fieldGroups.some((group) => group.id === container)
    ) {
      throw new SuiteScriptError('SSS_INVALID_CONTAINER', `No tab or field group ${container} on the form.`);
    }
    const field = new FormField(options.id, options.label, options.type, container);
    this.fields.push(field);
    return field;
  }
  addButton(options: { id: string; label: string; functionName?: string }): FormButton {
    this.requireId(options.id, 'custpage');
    const button = {
      id: options.id,
      label: options.label,
      functionName: options.functionName ?? null,
      isDisabled: false,
      isHidden: false,
    };
    this.buttons.push(button);
    return button;
  }
  getField(options: { id: string }): FormField | null {
    return this.fields.find((field) => field.id === options.id) ?? null;
  }
  getButton(options: { id: string }): FormButton | null {
    return this.buttons.find((button) => button.id === options.id) ?? null;
  }
  removeButton(options: { id: string }): void {
    const index = this.buttons.findIndex((button) => button.id === options.id);
    if (index >= 0) this.buttons.splice(index, 1);
  }

  /** The HTML of the fields a tab holds (inline HTML as given, other fields as label: value). */
  htmlOfTab(tabId: string): string {
    const groups = new Set(this.fieldGroups.filter((group) => group.tab === tabId).map((group) => group.id));
    return this.fields
      .filter((field) => field.container === tabId || (field.container !== null && groups.has(field.container)))
      .map((field) =>
        field.type === 'inlinehtml'
          ? String(field.defaultValue ?? '')
          : `${field.label}: ${String(field.defaultValue ?? '')}`,
      )
      .join('\n');
  }

  private requireId(id: string, prefix: string): void {
    if (typeof id !== 'string' || !id.startsWith(prefix)) {
      throw new SuiteScriptError(
        'SSS_INVALID_UI_OBJECT_ID',
        `Ids of added form objects must start with ${prefix}: ${id}`,
      );
    }
  }
}

function conflict(): SuiteScriptError {
  return new SuiteScriptError(
    'PROPERTY_VALUE_CONFLICT',
    'clientScriptModulePath and clientScriptFileId exclude each other.',
  );
}

export function createServerWidgetModule() {
  return {
    FieldType: FIELD_TYPE,
    FieldDisplayType: FIELD_DISPLAY_TYPE,
    FieldLayoutType: {
      NORMAL: 'normal',
      OUTSIDE: 'outside',
      OUTSIDEABOVE: 'outsideabove',
      OUTSIDEBELOW: 'outsidebelow',
      STARTROW: 'startrow',
      MIDROW: 'midrow',
      ENDROW: 'endrow',
    },
    createForm: (options: { title: string }) => new Form(options.title),
  };
}
