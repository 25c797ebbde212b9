/**
 * PTV service hours → structured hours: the real Otava service location record, and the rule kinds PTV has
 * (weekly, over midnight, exceptional, always open, closed periods).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOpenAt, nextOpening } from '@neuvo/content-models';
import { describe, expect, it } from 'vitest';
import type { PtvChannel, PtvServiceHour } from '../../src/ptv/domain';
import { toStructuredHours } from '../../src/ptv/service-hours';
import { toServiceEntryData } from '../../src/ptv/to-service-entry';
import { parseV11 } from '../../src/ptv/v11-reader';

const here = dirname(fileURLToPath(import.meta.url));

function otava(): PtvChannel {
  const raw: unknown = JSON.parse(
    readFileSync(join(here, 'fixtures', 'v11-servicechannel-servicelocation-otava.json'), 'utf8'),
  );
  const result = parseV11('channel', raw);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.item as PtvChannel;
}

function rule(overrides: Partial<PtvServiceHour>): PtvServiceHour {
  return {
    type: 'DaysOfTheWeek',
    validFrom: null,
    validTo: null,
    isClosed: false,
    isAlwaysOpen: false,
    isReservation: false,
    additionalInformation: {},
    openingHours: [],
    ...overrides,
  };
}

describe('toStructuredHours', () => {
  it('maps the Otava service location (Mon–Fri 08:00–16:00, one entry per weekday)', () => {
    const hours = toStructuredHours(otava().serviceHours);
    expect(hours?.weekly.map((w) => [w.days, w.opens, w.closes])).toEqual([
      [[1], '08:00', '16:00'],
      [[2], '08:00', '16:00'],
      [[3], '08:00', '16:00'],
      [[4], '08:00', '16:00'],
      [[5], '08:00', '16:00'],
    ]);
    expect(isOpenAt(hours!, new Date('2026-12-07T08:00+02:00'))).toBe(true);
    expect(nextOpening(hours!, new Date('2026-12-05T12:00+02:00'))).toEqual(
      new Date('2026-12-07T08:00+02:00'),
    );
  });

  it('carries the structured hours into the service location and phone channel data', () => {
    const channel = otava();
    const service = {
      id: '11111111-2222-3333-4444-555555555555',
      status: 'published',
      names: { fi: 'Palvelu' },
      alternativeNames: {},
      summary: {},
      description: {},
      userInstruction: {},
      organizations: [],
      responsibleOrganizationId: null,
      serviceClasses: [],
      targetGroups: [],
      keywords: {},
      municipalityCodes: [],
      channelIds: [channel.id],
    } as unknown as Parameters<typeof toServiceEntryData>[0];
    const data = toServiceEntryData(service, new Map([[channel.id, channel]]), 'fi', {
      syncedAt: new Date(),
    });
    expect(data.serviceLocations[0]?.structuredHours?.weekly).toHaveLength(5);
    const phone = { ...channel, type: 'phone' as const };
    const asPhone = toServiceEntryData(service, new Map([[phone.id, phone]]), 'fi', { syncedAt: new Date() });
    expect(asPhone.phoneChannels[0]?.structuredHours?.weekly).toHaveLength(5);
  });

  it('reads day ranges, over-midnight hours, exceptions, always-open and closed periods', () => {
    const hours = toStructuredHours([
      rule({ openingHours: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00:00', to: '16:00:00' }] }),
      rule({
        type: 'OverMidnight',
        openingHours: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00:00', to: '06:00:00' }],
      }),
      rule({
        type: 'Exceptional',
        validFrom: '2026-12-24T00:00:00',
        validTo: '2026-12-26T00:00:00',
        isClosed: true,
      }),
      rule({
        type: 'Exceptional',
        validFrom: '2026-12-31T00:00:00',
        openingHours: [{ dayFrom: null, dayTo: null, from: '10:00:00', to: '14:00:00' }],
      }),
      rule({ isClosed: true, validFrom: '2026-07-01T00:00:00', validTo: '2026-07-31T00:00:00' }),
    ]);
    expect(hours).toEqual({
      alwaysOpen: false,
      weekly: [
        { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', validFrom: null, validTo: null },
        { days: [5], opens: '22:00', closes: '06:00', validFrom: null, validTo: null },
      ],
      exceptions: [
        { from: '2026-12-24', to: '2026-12-26', closed: true, slots: [] },
        { from: '2026-12-31', to: '2026-12-31', closed: false, slots: [{ opens: '10:00', closes: '14:00' }] },
        { from: '2026-07-01', to: '2026-07-31', closed: true, slots: [] },
      ],
    });
    expect(isOpenAt(hours!, new Date('2026-12-05T03:00+02:00'))).toBe(true);
    expect(toStructuredHours([rule({ isAlwaysOpen: true })])).toMatchObject({ alwaysOpen: true });
  });

  it('is null without usable hours, so only the text is shown', () => {
    expect(toStructuredHours([])).toBeNull();
    expect(
      toStructuredHours([rule({ openingHours: [{ dayFrom: 'Someday', dayTo: null, from: '8', to: 'x' }] })]),
    ).toBeNull();
    expect(toStructuredHours([rule({ isClosed: true })])).toBeNull();
  });
});
