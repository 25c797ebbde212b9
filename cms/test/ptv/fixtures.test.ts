/**
 * Every real PTV record in ./fixtures (copies of public PTV records; its README names their origins) is parsed
 * with the v11 wire schemas, mapped to the domain model and to ServiceEntry data. Each test names the fields it checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PTV_OWNED_FIELDS } from '@neuvo/content-models/ptv';
import { describe, expect, it } from 'vitest';
import type { PtvChannel, PtvOrganization, PtvService } from '../../src/ptv/domain';
import { toServiceEntryData } from '../../src/ptv/to-service-entry';
import { parseV11 } from '../../src/ptv/v11-reader';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = process.env.PTV_FIXTURES_DIR ?? join(here, 'fixtures');
const read = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const kindOf = (name: string) =>
  name.includes('-servicechannel-')
    ? 'channel'
    : name.includes('-organization-')
      ? 'organization'
      : 'service';

function parse<K extends 'service' | 'channel' | 'organization'>(kind: K, raw: unknown) {
  const result = parseV11(kind, raw);
  if (!result.ok) throw new Error(`${result.rejected.id}: ${result.rejected.reason}`);
  return result.item;
}

describe('PTV fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('finds all six fixture files', () => {
    expect(files).toHaveLength(6);
  });

  it.each(files)('parses and maps %s (id, modified as UTC, status)', (file) => {
    const raw = read(file) as { id: string; modified: string };
    const item = parse(kindOf(file), raw);
    expect(item.id).toBe(raw.id.toLowerCase());
    expect(item.status).toBe('published');
    // `modified` without a zone suffix is UTC.
    const expected = raw.modified.endsWith('Z') ? raw.modified : `${raw.modified}Z`;
    expect(item.modified.getTime()).toBe(new Date(expected).getTime());
  });

  it('v11 service Nettilukio: names (Name vs AlternativeName), Summary/Description/UserInstruction, classes, target groups, keywords, channels, responsible organization', () => {
    const s = parse('service', read('v11-service-nettilukio.json')) as PtvService;
    expect(s.modified.toISOString()).toBe('2020-04-22T09:35:58.293Z');
    expect(s.names).toEqual({ fi: 'Nettilukio aikuisille' });
    expect(s.alternativeNames).toEqual({ fi: 'Etälukio' });
    expect(s.summary.fi).toBe('Aikuislukio verkko-opintoina.');
    expect(s.description.fi).toMatch(/^Nettilukiossa voit opiskella/);
    expect(s.userInstruction.fi).toMatch(/^Hae Nettilukioon/);
    expect(s.serviceClasses[0]).toEqual({
      code: 'P6.10',
      names: {
        sv: 'Vuxen- och kompletteringsutbildning',
        en: 'Adult and continuing education',
        fi: 'Aikuis- ja täydennyskoulutus',
      },
    });
    expect(s.targetGroups.map((t) => t.code)).toEqual(['KR1']);
    expect(s.keywords.fi).toContain('etäopetus');
    expect(s.areaType).toBe('Nationwide');
    expect(s.channelIds).toHaveLength(3);
    expect(s.channelIds[0]).toBe('16afd0e8-f069-4ded-9967-f220107494db');
    expect(s.responsibleOrganizationId).toBe('df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7');

    const data = toServiceEntryData(s, new Map(), 'fi', { syncedAt: new Date('2026-01-01T00:00:00Z') });
    expect(data).toMatchObject({
      ptvId: '3668d250-cd80-45c4-abcc-9b2d3a2b3e42',
      ptvStatus: 'published',
      name: 'Nettilukio aikuisille',
      summary: 'Aikuislukio verkko-opintoina.',
      organizationName: 'Mikkelin kaupungin liikelaitos Otavia',
      serviceClasses: expect.arrayContaining(['Aikuis- ja täydennyskoulutus']),
      targetGroups: ['Kansalaiset'],
      municipalityCodes: [],
    });
    // Swedish version: names of classes in Swedish, no Swedish summary (none in PTV), name falls back to Finnish.
    const sv = toServiceEntryData(s, new Map(), 'sv', { syncedAt: new Date() });
    expect(sv.serviceClasses).toContain('Vuxen- och kompletteringsutbildning');
    expect(sv.summary).toBeNull();
    expect(sv.name).toBe('Nettilukio aikuisille');
  });

  it('v11 ServiceLocation Otava: flat channel, emails (not supportEmails), EPSG:3067 → WGS84, address, phones, service hours', () => {
    const c = parse('channel', read('v11-servicechannel-servicelocation-otava.json')) as PtvChannel;
    expect(c.type).toBe('serviceLocation');
    expect(c.organizationId).toBe('df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7');
    expect(c.emails.map((e) => e.value)).toContain('info@otavia.fi');
    expect(c.emails).toHaveLength(7);
    const [address] = c.addresses;
    expect(address).toMatchObject({
      type: 'Location',
      street: expect.objectContaining({ fi: 'Otavantie' }),
      streetNumber: '2 B',
      postalCode: '50670',
      municipalityCode: '491',
    });
    // N 6834688, E 503879 is Otava, Mikkeli.
    expect(address!.latitude).toBeCloseTo(61.6455, 3);
    expect(address!.longitude).toBeCloseTo(27.0732, 3);
    expect(c.phones.map((p) => `${p.prefixNumber}${p.number}`)).toEqual(['+358447943552', '+358447943565']);
    expect(c.serviceHours.length).toBe(1);
    expect(c.serviceIds.length).toBe(8);

    const service = {
      ...(parse('service', read('v11-service-nettilukio.json')) as PtvService),
      channelIds: [c.id],
    };
    const data = toServiceEntryData(service, new Map([[c.id, c]]), 'fi', { syncedAt: new Date() });
    expect(data.serviceLocations).toHaveLength(1);
    expect(data.serviceLocations[0]).toMatchObject({
      street: 'Otavantie 2 B',
      postalCode: '50670',
      postOffice: 'OTAVA',
      municipalityCode: '491',
      phone: '+358 447943552',
    });
    expect(data.serviceLocations[0]!.latitude).toBeCloseTo(61.6455, 3);
  });

  it('Phone channel Vaasa kriisiryhmä: phone numbers per language, charge type, service hours text', () => {
    const c = parse('channel', read('v9-servicechannel-phone-vaasa-kriisiryhma.json')) as PtvChannel;
    expect(c.type).toBe('phone');
    expect(c.phones.length).toBeGreaterThan(0);
    expect(c.phones.every((p) => p.number.length > 0)).toBe(true);
    const service = {
      ...(parse('service', read('v9-service-vaasa-kriisiryhma-PARTLY-SYNTHETIC.json')) as PtvService),
      channelIds: [c.id],
    };
    const fi = toServiceEntryData(service, new Map([[c.id, c]]), 'fi', { syncedAt: new Date() });
    expect(fi.phoneChannels.length).toBeGreaterThan(0);
    expect(fi.phoneChannels[0]!.name).toBe(c.names.fi);
    expect(['free', 'charged', 'other', null]).toContain(fi.phoneChannels[0]!.chargeType);
  });

  it('Phone channel Naantali koulukuraattorit: type, organizationId, names', () => {
    const c = parse('channel', read('v9-servicechannel-phone-naantali-koulukuraattorit.json')) as PtvChannel;
    expect(c.type).toBe('phone');
    expect(c.organizationId).toBe('3d1759a2-e47a-4947-9a31-cab1c1e2512b');
    expect(c.names.fi).toBeTruthy();
    expect(c.phones.length).toBeGreaterThan(0);
  });

  it('Service Vaasa kriisiryhmä: names in fi and sv, municipality area, organizations with null lists tolerated', () => {
    const s = parse('service', read('v9-service-vaasa-kriisiryhma-PARTLY-SYNTHETIC.json')) as PtvService;
    expect(Object.keys(s.names).sort()).toEqual(['fi', 'sv']);
    expect(s.municipalityCodes.every((c) => /^\d{3}$/.test(c))).toBe(true);
    expect(s.municipalityCodes.length).toBeGreaterThan(0);
    expect(s.channelIds).toContain('2e7f0b8d-4943-4fd4-8a22-7b02830be16e');
    const sv = toServiceEntryData(s, new Map(), 'sv', { syncedAt: new Date() });
    expect(sv.name).toBe(s.names.sv);
  });

  it('Organization Vaasa: names, businessCode, subOrganizations null → [], parent null', () => {
    const o = parse('organization', read('v9-organization-vaasa-PARTLY-SYNTHETIC.json')) as PtvOrganization;
    expect(o.businessCode).toBe('0209602-6');
    expect(o.names.fi).toBe('Vaasan kaupunki');
    expect(o.subOrganizationIds).toEqual([]);
    expect(o.parentId).toBeNull();
  });

  it('rejects a malformed record with its id and a reason, without values', () => {
    const raw = { ...(read('v11-service-nettilukio.json') as object), modified: 'yesterday' };
    const result = parseV11('service', raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rejected.id).toBe('3668d250-cd80-45c4-abcc-9b2d3a2b3e42');
      expect(result.rejected.reason).toMatch(/^modified: /);
    }
    const badChannel = parseV11('channel', {
      ...(read('v11-servicechannel-servicelocation-otava.json') as object),
      serviceChannelType: 'Carrier pigeon',
    });
    expect(badChannel.ok).toBe(false);
  });

  it('writes exactly the PTV-owned fields of content-models (PTV_OWNED_FIELDS)', () => {
    const s = parse('service', read('v11-service-nettilukio.json')) as PtvService;
    const data = toServiceEntryData(s, new Map(), 'fi', { syncedAt: new Date() });
    expect(Object.keys(data).sort()).toEqual([...PTV_OWNED_FIELDS].sort());
  });
});
