import { describe, expect, it } from 'vitest';
import type { OpContext } from '../../src/platform/context.ts';
import { findVisitorMatches, setPhoneCountry } from '../../src/sell/index.ts';
import { sellWorldPerTest } from '../support/sell-api.ts';

const world = sellWorldPerTest();

const owner = (): OpContext => ({ db: world.t.db, account: world.w.account, actor: world.w.users.owner });
/** The records a visitor with this phone number matches, as "type:id". */
const foundByPhone = async (phone: string) => (await findVisitorMatches(owner(), { phone })).matches.map((m) => `${m.resourceType}:${m.id}`);
const errorsOf = (res: { json: () => any }) => res.json().errors.map((e: any) => [e.error.code, e.error.field]);

async function addPhoneField(resource: 'lead' | 'contact' | 'deal', name: string) {
  const res = await world.w.api.owner.post(`/v2/${resource}/custom_fields`, { name, type: 'phone' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as { id: number };
}

describe('custom fields of type phone', () => {
  it('accept every way of writing a number that the standard phone field reads, on create and on update', async () => {
    await addPhoneField('lead', 'Assistant');
    const written = ['(212) 555-0142', '212-555-0142', '212.555.0142', '+1 212 555 0142', '+12125550142', '1-212-555-0142', '(212) 555-0142 ext. 7', '+44 20 7946 0018', '+81 3-1234-5678'];
    for (const phone of written) {
      const created = await world.w.api.rep.post('/v2/leads', { last_name: 'Created', phone, custom_fields: { Assistant: phone } });
      expect(created.statusCode, `${phone}: ${created.body}`).toBe(200);
      expect(created.json().data.custom_fields).toEqual({ Assistant: phone });
      // The standard field takes the same text and shows it as written.
      expect(created.json().data.phone).toBe(phone);

      const lead = (await world.w.api.rep.post('/v2/leads', { last_name: 'Updated' })).json().data;
      const updated = await world.w.api.rep.put(`/v2/leads/${lead.id}`, { custom_fields: { Assistant: `  ${phone} ` } });
      expect(updated.statusCode, `${phone}: ${updated.body}`).toBe(200);
      expect(updated.json().data.custom_fields).toEqual({ Assistant: phone });
    }
  });

  it('refuse text that is no phone number with a 422 naming the field, on create and on update', async () => {
    await addPhoneField('contact', 'Assistant');
    const contact = (await world.w.api.rep.post('/v2/contacts', { last_name: 'Kept', custom_fields: { Assistant: '(212) 555-0142' } })).json().data;
    for (const garbage of ['call me', 'abc-defg', '12', '555-0142', '212 555 0142 after five', 'call (212) 555-0142', '+999 1234', 42, true, ['(212) 555-0142']]) {
      const created = await world.w.api.rep.post('/v2/contacts', { last_name: 'Refused', custom_fields: { Assistant: garbage } });
      expect(created.statusCode, JSON.stringify(garbage)).toBe(422);
      expect(errorsOf(created)).toEqual([['incorrect_value', '/data/custom_fields/Assistant']]);

      const updated = await world.w.api.rep.put(`/v2/contacts/${contact.id}`, { custom_fields: { Assistant: garbage } });
      expect(updated.statusCode, JSON.stringify(garbage)).toBe(422);
      expect(errorsOf(updated)).toEqual([['incorrect_value', '/data/custom_fields/Assistant']]);
    }
    expect((await world.w.api.rep.get(`/v2/contacts/${contact.id}`)).json().data.custom_fields).toEqual({ Assistant: '(212) 555-0142' });
    // Blank still clears the value.
    const cleared = await world.w.api.rep.put(`/v2/contacts/${contact.id}`, { custom_fields: { Assistant: '' } });
    expect(cleared.json().data.custom_fields).toEqual({});
  });

  it("read numbers written without \"+\" in the account's phone country, as the standard field is read", async () => {
    await addPhoneField('deal', 'Site phone');
    const national = '03-1234-5678';
    const mobile = '090-1234-5678';
    // Read as a US number this mobile number has too many digits.
    expect((await world.w.api.rep.post('/v2/deals', { name: 'Before', custom_fields: { 'Site phone': mobile } })).statusCode).toBe(422);
    await setPhoneCountry(owner(), 'JP');
    for (const phone of [national, mobile, '+81 90 1234 5678', '+1 (212) 555-0142']) {
      const res = await world.w.api.rep.post('/v2/deals', { name: 'After', custom_fields: { 'Site phone': phone } });
      expect(res.statusCode, `${phone}: ${res.body}`).toBe(200);
    }
    expect((await world.w.api.rep.post('/v2/deals', { name: 'Garbage', custom_fields: { 'Site phone': 'tomorrow' } })).statusCode).toBe(422);
  });

  it('feed visitor matching like the standard phone field, under the phone country', async () => {
    const field = await addPhoneField('lead', 'Assistant');
    const lead = (await world.w.api.rep.post('/v2/leads', { last_name: 'Matched', custom_fields: { Assistant: '(212) 555-0142' } })).json().data;
    for (const phone of ['+1 212 555 0142', '212.555.0142', '(212) 555-0142']) expect(await foundByPhone(phone), phone).toEqual([`lead:${lead.id}`]);
    const reason = (await findVisitorMatches(owner(), { phone: '+12125550142' })).matches[0]!.matchedBy;
    expect(reason).toEqual([{ by: 'phone', field: 'custom', customFieldId: field.id, customFieldName: 'Assistant' }]);

    const updated = await world.w.api.rep.put(`/v2/leads/${lead.id}`, { custom_fields: { Assistant: '(646) 555-0199' } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(await foundByPhone('+1 212 555 0142')).toEqual([]);
    expect(await foundByPhone('+1 646 555 0199')).toEqual([`lead:${lead.id}`]);

    await setPhoneCountry(owner(), 'JP');
    const tokyo = (await world.w.api.rep.post('/v2/leads', { last_name: 'Tokyo', custom_fields: { Assistant: '03-1234-5678' } })).json().data;
    expect(await foundByPhone('+81 3 1234 5678')).toEqual([`lead:${tokyo.id}`]);
    expect(await foundByPhone('03 1234 5678')).toEqual([`lead:${tokyo.id}`]);
  });
});
