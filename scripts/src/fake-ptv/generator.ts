/**
 * Deterministic national-scale PTV data in the v11 wire format, generated on demand from an index (no
 * memory per record): organisation trees (one root per wellbeing services county with sub-organisations),
 * services owned by the sub-organisations, and channels of all five types connected to the services.
 */

export interface GeneratorOptions {
  /** Root organisations (wellbeing services counties); default 1. */
  roots?: number;
  /** Sub-organisations under each root; default 4. */
  subOrganizationsPerRoot?: number;
  services: number;
  channels: number;
  /** `modified` of every generated record unless changed later (default 2025-01-01T00:00:00). */
  baseModified?: Date;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** Stable UUIDs per kind and index: services `5e…`, channels `c4…`, organisations `0a…`. */
export const fakeId = {
  service: (i: number) => `5e000000-0000-4000-8000-${hex(i, 12)}`,
  channel: (i: number) => `c4000000-0000-4000-8000-${hex(i, 12)}`,
  organization: (i: number) => `0a000000-0000-4000-8000-${hex(i, 12)}`,
};
/** Index of a generated id, or null for other ids. */
export function fakeIndex(kind: keyof typeof fakeId, id: string): number | null {
  const prefix = fakeId[kind](0).slice(0, 24);
  if (!id.toLowerCase().startsWith(prefix)) return null;
  const n = parseInt(id.slice(24), 16);
  return Number.isSafeInteger(n) ? n : null;
}

/** PTV timestamp without zone suffix (UTC), as v11 sends it. */
export const ptvTimestamp = (date: Date) => date.toISOString().replace('Z', '').padEnd(26, '0');

const CHANNEL_TYPES = ['Phone', 'ServiceLocation', 'WebPage', 'EChannel', 'PrintableForm'] as const;
const MUNICIPALITIES = ['091', '049', '092', '853', '564', '837', '905', '285', '405', '491'];
const WORDS = ['neuvonta', 'vastaanotto', 'palvelu', 'hoito', 'tuki', 'ajanvaraus', 'päivystys', 'kuntoutus'];

const loc = (fi: string, sv: string, en: string, type?: string) => [
  { language: 'fi', value: fi, ...(type ? { type } : {}) },
  { language: 'sv', value: sv, ...(type ? { type } : {}) },
  { language: 'en', value: en, ...(type ? { type } : {}) },
];

export class PtvGenerator {
  readonly roots: number;
  readonly subs: number;
  readonly services: number;
  readonly channels: number;
  readonly baseModified: Date;

  constructor(options: GeneratorOptions) {
    this.roots = options.roots ?? 1;
    this.subs = options.subOrganizationsPerRoot ?? 4;
    this.services = options.services;
    this.channels = options.channels;
    this.baseModified = options.baseModified ?? new Date('2025-01-01T00:00:00Z');
  }

  get organizations(): number {
    return this.roots * (1 + this.subs);
  }

  /** Root organisation id of county `r`. */
  rootId(r: number): string {
    return fakeId.organization(r);
  }

  /** Organisation index owning service `i` (a sub-organisation; roots own none). */
  serviceOrganization(i: number): number {
    const sub = i % (this.roots * this.subs);
    return this.roots + sub;
  }

  /** Channel index range [from, to) connected to service `i`. */
  channelRange(i: number): [number, number] {
    const from = Math.ceil((i * this.channels) / this.services);
    const to = Math.ceil(((i + 1) * this.channels) / this.services);
    return [from, to];
  }

  channelService(j: number): number {
    return Math.floor((j * this.services) / this.channels);
  }

  name(kind: 'service' | 'channel' | 'organization', i: number): string {
    if (kind === 'organization') return i < this.roots ? `Hyvinvointialue ${i + 1}` : `Palvelualue ${i}`;
    return `${kind === 'service' ? 'Palvelu' : 'Kanava'} ${i} ${WORDS[i % WORDS.length]}`;
  }

  organization(i: number, modified: Date): Record<string, unknown> {
    const isRoot = i < this.roots;
    const root = isRoot ? i : (i - this.roots) % this.roots;
    return {
      id: fakeId.organization(i),
      sourceId: null,
      oid: '',
      parentOrganizationId: isRoot ? null : fakeId.organization(root),
      organizationRootId: fakeId.organization(root),
      organizationType: isRoot ? 'Region' : 'RegionalOrganization',
      businessCode: isRoot ? `32${hex(i, 5)}-${i % 10}` : null,
      organizationNames: loc(
        this.name('organization', i),
        `Välfärdsområde ${i + 1}`,
        `Wellbeing area ${i + 1}`,
        'Name',
      ),
      displayNameType: [{ type: 'Name', language: 'fi' }],
      areaType: 'LimitedType',
      areas: null,
      emails: [],
      phoneNumbers: [],
      webPages: [],
      addresses: [],
      publishingStatus: 'Published',
      services: null,
      subOrganizations: isRoot
        ? Array.from({ length: this.subs }, (_, k) => {
            const sub = this.roots + k * this.roots + i;
            return { id: fakeId.organization(sub), name: this.name('organization', sub) };
          })
        : null,
      modified: ptvTimestamp(modified),
    };
  }

  service(i: number, modified: Date): Record<string, unknown> {
    const org = this.serviceOrganization(i);
    const [from, to] = this.channelRange(i);
    const name = this.name('service', i);
    return {
      id: fakeId.service(i),
      sourceId: null,
      generalDescriptionId: null,
      subType: null,
      type: 'Service',
      fundingType: 'PubliclyFunded',
      serviceNames: loc(name, `Tjänst ${i}`, `Service ${i}`, 'Name'),
      serviceChargeType: i % 3 === 0 ? 'Chargeable' : 'FreeOfCharge',
      areaType: 'LimitedType',
      areas: [
        {
          type: 'Municipality',
          code: null,
          name: [],
          municipalities: [
            { code: MUNICIPALITIES[i % MUNICIPALITIES.length], name: loc('Kunta', 'Kommun', 'Municipality') },
          ],
        },
      ],
      serviceDescriptions: [
        ...loc(`Lyhyt kuvaus ${i}.`, `Kort beskrivning ${i}.`, `Short description ${i}.`, 'Summary'),
        ...loc(
          `Palvelun ${i} kuvaus.\nToinen kappale.`,
          `Beskrivning ${i}.`,
          `Description ${i}.`,
          'Description',
        ),
        { language: 'fi', value: null, type: 'ValidityTime' },
      ],
      languages: ['fi', 'sv'],
      serviceClasses: [
        {
          name: loc('Terveydenhuolto', 'Hälsovård', 'Health care'),
          code: 'P4',
          ontologyType: 'ptvserclass',
          uri: 'http://urn.fi/URN:NBN:fi:au:ptvl:v1059',
        },
      ],
      ontologyTerms: null,
      targetGroups: [{ name: loc('Kansalaiset', 'Medborgare', 'Citizens'), code: 'KR1' }],
      lifeEvents: [],
      industrialClasses: [],
      legislation: [],
      keywords: [
        { language: 'fi', value: WORDS[i % WORDS.length] },
        { language: 'sv', value: 'rådgivning' },
      ],
      requirements: [],
      serviceChannels: Array.from({ length: to - from }, (_, k) => ({
        serviceChannel: { id: fakeId.channel(from + k), name: this.name('channel', from + k) },
        serviceChargeType: null,
        description: [],
        extraTypes: [],
        serviceHours: [],
        contactDetails: null,
        digitalAuthorizations: [],
        modified: ptvTimestamp(modified),
      })),
      organizations: [
        {
          organization: { id: fakeId.organization(org), name: this.name('organization', org) },
          roleType: 'Responsible',
          provisionType: null,
          additionalInformation: [],
        },
      ],
      serviceVouchersInUse: false,
      serviceVouchers: [],
      serviceCollections: null,
      publishingStatus: 'Published',
      modified: ptvTimestamp(modified),
      responsibleSoteOrganization: null,
    };
  }

  channel(j: number, modified: Date): Record<string, unknown> {
    const type = CHANNEL_TYPES[j % CHANNEL_TYPES.length]!;
    const service = this.channelService(j);
    const name = this.name('channel', j);
    const number = `40${String(1_000_000 + (j % 9_000_000)).slice(0, 7)}`;
    const common = {
      id: fakeId.channel(j),
      sourceId: null,
      oid: null,
      serviceChannelType: type,
      organizationId: fakeId.organization(this.serviceOrganization(service)),
      serviceChannelNames: loc(name, `Kanal ${j}`, `Channel ${j}`, 'Name'),
      displayNameType: [{ type: 'Name', language: 'fi' }],
      serviceChannelDescriptions: loc(`Kanavan ${j} kuvaus`, `Kanal ${j}`, `Channel ${j}`, 'Summary'),
      areaType: 'LimitedType',
      areas: [],
      languages: ['fi', 'sv'],
      webPages:
        type === 'WebPage' || type === 'EChannel'
          ? [{ url: `https://example.invalid/${j}`, value: name, language: 'fi' }]
          : [],
      serviceHours: [
        {
          serviceHourType: 'DaysOfTheWeek',
          validFrom: null,
          validTo: null,
          isClosed: false,
          validForNow: true,
          isAlwaysOpen: false,
          isReservation: false,
          additionalInformation: [{ value: null, language: 'fi' }],
          openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00:00', to: '16:00:00' }],
        },
      ],
      services: [{ service: { id: fakeId.service(service), name: this.name('service', service) } }],
      serviceCollections: null,
      publishingStatus: 'Published',
      modified: ptvTimestamp(modified),
      ontologyTerms: null,
      isVisibleForAll: true,
      responsibleSoteOrganization: null,
    };
    const phone = {
      type: 'Phone',
      additionalInformation: null,
      serviceChargeType: 'Chargeable',
      chargeDescription: null,
      prefixNumber: '+358',
      isFinnishServiceNumber: false,
      number,
      language: 'fi',
    };
    switch (type) {
      case 'Phone':
        return { ...common, phoneNumbers: [phone], supportEmails: null };
      case 'ServiceLocation':
        return {
          ...common,
          phoneNumbers: [phone],
          emails: [{ value: `kirjaamo${j}@example.invalid`, language: 'fi' }],
          addresses: [
            {
              type: 'Location',
              subType: 'Single',
              country: 'FI',
              postOfficeBoxAddress: null,
              streetAddress: {
                street: loc(`Testikatu`, `Testgatan`, `Testikatu`),
                streetNumber: String(1 + (j % 99)),
                postalCode: '65100',
                postOffice: loc('VAASA', 'VASA', 'VAASA'),
                municipality: { code: '905', name: loc('Vaasa', 'Vasa', 'Vaasa') },
                additionalInformation: [],
                latitude: String(7_000_000 + (j % 1000)),
                longitude: String(230_000 + (j % 1000)),
                coordinateState: 'Ok',
              },
              otherAddress: null,
              locationAbroad: null,
              entrances: null,
            },
          ],
        };
      case 'EChannel':
        return {
          ...common,
          supportPhones: null,
          supportEmails: [],
          requiresAuthentication: true,
          requiresSignature: false,
          attachments: null,
        };
      case 'WebPage':
        return { ...common, supportPhones: [], supportEmails: null };
      case 'PrintableForm':
        return {
          ...common,
          formIdentifier: [],
          channelUrls: [{ language: 'fi', value: `https://example.invalid/form-${j}.pdf`, type: 'PDF' }],
          deliveryAddresses: null,
          attachments: [],
          supportPhones: null,
          supportEmails: null,
        };
    }
  }
}
