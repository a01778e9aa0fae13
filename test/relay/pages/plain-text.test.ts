import { describe, expect, it } from 'vitest';
import { inWords } from '../../../relay/src/http/pages/plain-text';
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
