import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../relay/src/transport';
import { inWords } from '../../../relay/src/transport/error-words';
import { failureMessage } from '../../../relay/src/sync/failure-message';
import { stateMessage } from '../../../relay/src/http/pages/record-page';

describe('messages in words on the admin pages', () => {
  it('shows the words inside an API error body, whole or cut short, never its JSON', () => {
    expect(
      inWords(
        'NetSuite rejected the request (HTTP 400): {"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1","title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Error while accessing resource: You have entered an Invalid …',
      ),
    ).toBe(
      'NetSuite rejected the request (HTTP 400): Bad Request. Error while accessing resource: You have entered an Invalid…',
    );
    expect(
      inWords(
        'Procurify rejected the request (HTTP 400): {"name":["Ensure this field has no more than 150 characters."]}',
      ),
    ).toBe('Procurify rejected the request (HTTP 400): name: Ensure this field has no more than 150 characters.');
    expect(inWords('Procurify rejected the request (HTTP 422): {"detail":"Bill is locked"}')).toBe(
      'Procurify rejected the request (HTTP 422): Bill is locked.',
    );
    expect(inWords('Vendor created in Procurify.')).toBe('Vendor created in Procurify.');
    expect(inWords('Line 1 [expense]: see the note')).toBe('Line 1 [expense]: see the note');
    expect(inWords('Memo: {"as typed"}')).toBe('Memo: {"as typed"}');
  });

  it('says a record’s message once: the part its issues repeat is left to the issue list', () => {
    const issues = [
      { code: 'unmapped_gl_account', message: 'Line 1: GL account 5300 has no Procurify account code.' },
      { code: 'unmapped_department', message: 'Line 2: department R&D has no Procurify department.' },
    ];
    const message = `Bill not written to Procurify: ${issues[0]!.message} (and 1 more issue)`;
    expect(stateMessage(message, issues)).toEqual({
      lead: 'Bill not written to Procurify:',
      shown: [message, issues[0]!.message, issues[1]!.message],
    });
    expect(stateMessage('Vendor created in Procurify.', []).lead).toBe('Vendor created in Procurify.');
    expect(stateMessage(null, issues).lead).toBe('');
  });
});

describe('failureMessage', () => {
  const target = { system: 'procurify', method: 'POST', path: '/api/v3/vendors/' } as const;

  it('writes a refused request in the words of its answer, never its JSON', () => {
    const refused = new HttpError(target, 400, { name: ['Ensure this field has no more than 150 characters.'] });
    expect(failureMessage(refused)).toBe(
      'Procurify rejected the request (HTTP 400): name: Ensure this field has no more than 150 characters.',
    );
    const netsuite = new HttpError({ ...target, system: 'netsuite' }, 400, {
      title: 'Bad Request',
      status: 400,
      'o:errorDetails': [{ detail: 'Invalid field value.', 'o:errorCode': 'INVALID_VALUE' }],
    });
    expect(failureMessage(netsuite)).toBe(
      'NetSuite rejected the request (HTTP 400): Bad Request. Invalid field value.',
    );
  });

  it('says so when the answer has no words, and cuts a long one at 200 characters', () => {
    expect(failureMessage(new HttpError(target, 409, {}))).toBe(
      'Procurify rejected the request (HTTP 409): the answer had no readable message (the relay log has it).',
    );
    const long = failureMessage(new HttpError(target, 400, { detail: 'x'.repeat(500) }));
    expect(long).toMatch(/^Procurify rejected the request \(HTTP 400\): x{200}…$/);
  });
});
