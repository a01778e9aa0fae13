// The read side of an N/record Record, declared here so snapshot building stays plain logic:
// the SuiteApp passes real records, the tests pass small fakes.

export interface FieldOptions {
  fieldId: string;
}

export interface SublistOptions {
  sublistId: string;
}

export interface SublistFieldOptions {
  sublistId: string;
  fieldId: string;
  line: number;
}

export interface RecordReader {
  getValue(options: FieldOptions): unknown;
  getText(options: FieldOptions): string | string[];
  getLineCount(options: SublistOptions): number;
  getSublistValue(options: SublistFieldOptions): unknown;
  getSublistText(options: SublistFieldOptions): string;
}

/** Address lines live in a subrecord of the vendor's `addressbook` sublist. */
export interface AddressBookReader extends RecordReader {
  getSublistSubrecord(options: SublistFieldOptions): RecordReader;
}
