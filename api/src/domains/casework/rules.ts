import { z } from 'zod';
import { SERVICE_NEED_GROUNDS, type ServiceNeedGround } from '../../models.js';
import { finnishPublicHolidays, type WorkingHours } from './clock.js';

/** Years the default holiday list covers. */
const DEFAULT_HOLIDAY_YEARS = { from: 2024, to: 2035 } as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The casework rules as configured (`CASEWORK_RULES`, JSON): every key optional, the defaults below filling in.
 *
 * Defaults: Helsinki time; Monday–Friday 8–16 (the "virka-aika" of the health care act's same-day contact and
 * assessment rule); Finland's public holidays plus Midsummer Eve and Christmas Eve for 2024–2035; a service-need
 * assessment starts within 7 working days of the need becoming pending. The Social Welfare Act (1301/2014, 36 §)
 * states 7 working days for persons aged 75 or over and those receiving the highest care allowance, and the Child
 * Welfare Act the same for a child; for other grounds the law says "without delay", which has no count, so the
 * default is the same 7 days and a county may set its own per ground.
 */
export const CaseworkRulesSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, 'timeZone must be an IANA time zone').default('Europe/Helsinki'),
    /** ISO weekdays, 1 = Monday. */
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'workingDays must name at least one weekday')
      .default([1, 2, 3, 4, 5]),
    workingHours: z
      .object({
        start: z.string().regex(TIME, 'workingHours.start must be HH:MM'),
        end: z.string().regex(TIME, 'workingHours.end must be HH:MM'),
      })
      .refine(
        (h) => minutesOf(h.end) > minutesOf(h.start),
        'workingHours.end must be after workingHours.start',
      )
      .default({ start: '08:00', end: '16:00' }),
    /** Local dates that are not working days; replaces the default list when given. */
    holidays: z.array(z.iso.date('holidays must be dates YYYY-MM-DD')).default(() => {
      const days: string[] = [];
      for (let y = DEFAULT_HOLIDAY_YEARS.from; y <= DEFAULT_HOLIDAY_YEARS.to; y++)
        days.push(...finnishPublicHolidays(y));
      return days;
    }),
    serviceNeedAssessment: z
      .object({
        /** Working days to start the assessment, for grounds not listed in `workingDaysByGround`. */
        defaultWorkingDays: z.number().int().min(0).max(90).default(7),
        workingDaysByGround: z
          .partialRecord(z.enum(SERVICE_NEED_GROUNDS), z.number().int().min(0).max(90))
          .default({ aged_75_or_over: 7, highest_care_allowance: 7, child_in_need_of_support: 7 }),
      })
      .strict()
      .default({
        defaultWorkingDays: 7,
        workingDaysByGround: { aged_75_or_over: 7, highest_care_allowance: 7, child_in_need_of_support: 7 },
      }),
  })
  .strict();

/** The casework rules in force: working hours for the clocks and the deadlines of each kind of matter. */
export interface CaseworkRules {
  readonly hours: WorkingHours;
  /** Working days from the day a service-need assessment became pending to the deadline for starting it. */
  serviceNeedWorkingDays(ground: ServiceNeedGround): number;
}

/** Builds the rules from their validated configuration. */
export function caseworkRulesOf(config: z.infer<typeof CaseworkRulesSchema>): CaseworkRules {
  const hours: WorkingHours = Object.freeze({
    timeZone: config.timeZone,
    weekdays: Object.freeze([...new Set(config.workingDays)]),
    startMinute: minutesOf(config.workingHours.start),
    endMinute: minutesOf(config.workingHours.end),
    holidays: new Set(config.holidays),
  });
  const byGround: Partial<Record<ServiceNeedGround, number>> = {
    ...config.serviceNeedAssessment.workingDaysByGround,
  };
  const fallback = config.serviceNeedAssessment.defaultWorkingDays;
  return Object.freeze({
    hours,
    serviceNeedWorkingDays: (ground: ServiceNeedGround) => byGround[ground] ?? fallback,
  });
}

/**
 * Reads `CASEWORK_RULES` (JSON, or unset for the defaults). Problems go into `problems` naming the key, never
 * quoting the value; the defaults are returned meanwhile so that every problem of the environment is reported.
 */
export function parseCaseworkRules(raw: string | undefined, problems: string[]): CaseworkRules {
  let value: unknown = {};
  if (raw !== undefined && raw.trim() !== '') {
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push('CASEWORK_RULES must be JSON (see the api README for its keys)');
      return caseworkRulesOf(CaseworkRulesSchema.parse({}));
    }
  }
  const result = CaseworkRulesSchema.safeParse(value);
  if (result.success) return caseworkRulesOf(result.data);
  for (const issue of result.error.issues) {
    const at = issue.path.join('.');
    problems.push(`CASEWORK_RULES${at ? ` ${at}` : ''}: ${issue.message}`);
  }
  return caseworkRulesOf(CaseworkRulesSchema.parse({}));
}
