/**
 * English: the member's explanation in plain language. One template per trace rule; numbers come
 * formatted (`f`), the step's values are in `v`.
 */
import type { Catalogue, StepView } from './catalogue';

const who = (s: StepView, own: string, deceased: string) => (s.deceased ? deceased : own);

const notCoordinated: Record<string, string> = {
  disability:
    'The disability pension tops up the disability benefit or work assessment allowance from NAV and is not coordinated further.',
  afp_62_65:
    'AFP is not coordinated with national insurance pensions; the part computed under the national insurance rules is included as its own amount.',
  afp_65_67:
    'AFP is not coordinated with national insurance pensions; the part computed under the national insurance rules is included as its own amount.',
  accrual_2020: 'Pensions under the 2020 rules are not coordinated with national insurance.',
  conditional: 'The conditional pension is not coordinated with national insurance.',
  spouse:
    "A spouse's pension under the net rules is not reduced for your income or national insurance pension.",
  child: "A child's pension is not reduced for the child's income or national insurance benefits.",
};

export const en: Catalogue = {
  language: 'en',
  words: {
    locale: 'en-GB',
    money: (n) => `NOK ${n}`,
    year: ['year', 'years'],
    month: ['month', 'months'],
    day: ['day', 'days'],
    and: 'and',
    monthNames: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    date: (d, m, y) => `${d} ${m} ${y}`,
  },
  benefit: {
    old_age: 'retirement pension',
    rule_85: 'retirement pension under the 85-year rule',
    deferred: 'deferred pension',
    afp_62_65: 'AFP from 62 to 65',
    afp_65_67: 'AFP from 65 to 67',
    accrual_2020: 'retirement pension under the 2020 rules',
    conditional: 'conditional occupational pension',
    disability: 'disability pension',
    spouse: "spouse's pension",
    child: "child's pension",
  },
  title: (b, date) => `${b.charAt(0).toUpperCase()}${b.slice(1)} from ${date}`,
  eligible: (b, annual, monthly) =>
    `You are entitled to a ${b}. It comes to ${annual} a year, that is ${monthly} a month, before tax.`,
  notEligible: (b, date) =>
    `You are not entitled to a ${b} from ${date}. Below you can see which conditions are not met.`,
  provisional:
    'The amount is provisional: a figure the calculation needs has not been set yet. You will get a new answer when it is.',
  steps: {
    'service-time': (s) => {
      const { v, f } = s;
      let t = `${who(s, 'Your service', "The deceased's service")} in the scheme is ${f.ymd(v.ownYears, v.ownMonths, v.ownDays)}.`;
      if (Number(v.otherServiceYears) > 0)
        t += ` Added to it are ${f.num(v.otherServiceYears)} years in other public pension schemes (the transfer agreement), ${f.ymd(v.years, v.months, v.days)} in all.`;
      if (Number(v.months) + Number(v.days) > 0 || Number(v.years) !== Number(v.value))
        t += ` Periods are added up in years, months and days (30 days make a month), and ${f.num(v.roundUpFromMonths)} months or more round up to a whole year, so the service counts as ${f.years(v.value)}.`;
      if (Number(v.excludedPeriods) > 0)
        t += ` ${f.num(v.excludedPeriods)} period(s) below ${f.pct(v.minPositionPct)} of full time give no membership and are left out.`;
      return t;
    },
    'average-part-time': (s) => {
      const { v, f } = s;
      let t = `${who(s, 'Your average position percentage', "The deceased's average position percentage")} is ${f.share(v.value)}.`;
      if (Number(v.droppedYears) + Number(v.droppedMonths) + Number(v.droppedDays) > 0)
        t += ` Because the service is more than ${f.years(v.fullServiceYears)}, the ${f.ymd(v.droppedYears, v.droppedMonths, v.droppedDays)} with the lowest percentage are left out.`;
      return t;
    },
    'regulate-base': ({ v, f }) =>
      v.gAtDeath !== undefined
        ? `The pensionable base on the day of death is adjusted with the base amount (G) from ${f.kr(v.gAtDeath)} to ${f.kr(v.g)}: ${f.kr(v.value)}.`
        : `Your salary when you left, ${f.kr(v.salary)}, is adjusted with the base amount (G) from ${f.kr(v.gAtExit)} to ${f.kr(v.g)}: ${f.kr(v.value)}.`,
    'pensionable-base': ({ v, f }) =>
      v.capped
        ? `The pensionable base is the full-time salary, but no more than ${f.num(v.capG)} times the base amount (G is ${f.kr(v.G)}): ${f.kr(v.value)}.`
        : `The pensionable base is the salary for a full-time post: ${f.kr(v.value)}. The limit is ${f.num(v.capG)} times the base amount, ${f.kr(v.cap)}.`,
    'gross-pension': ({ v, f }) =>
      `A full pension is ${f.pct(v.ratePct)} of the pensionable base after ${f.years(v.fullYears)} of service. The gross pension is ${f.kr(v.base)} × ${f.share(v.averagePartTime)} position × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'partial-drawing': ({ v, f }) =>
      `You draw ${f.pct(v.drawingPct)} of the pension: ${f.kr(v.value)} a year.`,
    'deferred-pension': ({ v, f }) =>
      `The deferred pension is ${f.kr(v.base)} × ${f.share(v.averagePartTime)} position × ${f.pct(v.ratePct)} × actual service ${f.num(v.years)} years / possible service ${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'spouse-pension': ({ v, f }) =>
      `The spouse's pension is ${f.pct(v.ratePct)} of the deceased's pensionable base: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} position × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'child-pension': ({ v, f }) =>
      `The child's pension is ${f.pct(v.ratePct)} of the deceased's pensionable base: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} position × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'afp-folketrygd-based': ({ v, f }) =>
      `AFP computed under the national insurance rules: ${f.kr(v.folketrygdAfp)} + AFP supplement ${f.kr(v.afpSupplement)} = ${f.kr(v.value)} a year.`,
    'afp-scheme-based': ({ v, f }) =>
      `AFP computed as the scheme's pension: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} position × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'afp-higher': ({ v, f }) =>
      `You get the higher of ${f.kr(v.folketrygdBased)} and ${f.kr(v.schemeBased)}: ${f.kr(v.value)} a year.`,
    levealdersjustering: ({ v, f }) => {
      switch (v.status) {
        case 'applied':
          return `The pension is adjusted for life expectancy: it is divided by the ratio ${f.num(v.value, 3)} of the ${v.cohort} cohort at age ${v.age}.`;
        case 'not-published':
          return `The pension is not adjusted for life expectancy: the ratio of the ${v.cohort} cohort at age ${v.age} is not yet in the calculation. The amount is therefore provisional.`;
        case 'before-cohorts':
          return `The pension is not adjusted for life expectancy because you were born before ${v.firstCohort}.`;
        case 'not-before-age':
          return `The pension is adjusted for life expectancy only from age ${v.fromAge}.`;
        case 'before-reform':
          return 'Life-expectancy adjustment does not apply on this date; it came with the pension reform of 2011.';
        default:
          return 'AFP is not adjusted for life expectancy.';
      }
    },
    'life-expectancy-adjusted': ({ v, f }) =>
      `After the life-expectancy adjustment the pension is ${f.kr(v.before)} / ${f.num(v.forholdstall, 3)} = ${f.kr(v.value)} a year.`,
    samordning: (s) => {
      const { v, f } = s;
      if (v.status === 'applied')
        return `The pension is coordinated with national insurance (simplified). The deduction is supplementary pension ${f.kr(v.tilleggspensjon)} + pension supplement ${f.kr(v.pensjonstillegg)} + basic pension above ¾ G ${f.kr(v.grunnpensjonAbove)}, times ${f.num(v.years)}/${f.num(v.fullYears)} years${Number(v.drawingPct) !== 100 ? ` and the drawing share ${f.pct(v.drawingPct)}` : ''}: ${f.kr(v.deduction)}. After coordination the pension is ${f.kr(v.before)} − ${f.kr(v.deduction)} = ${f.kr(v.value)} a year.`;
      if (v.status === 'not-given')
        return 'The pension is not coordinated with national insurance because the national insurance amounts were not given. The amount is the pension before coordination.';
      return notCoordinated[s.benefit] ?? 'This pension is not coordinated with national insurance.';
    },
    cohort: ({ v, f }) =>
      `You were born in ${v.birthYear}: only service before ${f.date(v.cutoff)} gives a deferred pension under the old rules.`,
    'possible-service': ({ v, f }) =>
      `Possible service up to the age limit of ${v.ageLimit} is ${f.years(v.possibleYears)}. It counts as at least ${f.num(v.min)} and at most ${f.num(v.max)} years: ${f.years(v.value)}.`,
    'credit-year': ({ v, f }) =>
      `${v.year}: pensionable income ${f.kr(v.income)} earned ${f.kr(v.credit)} (average G ${f.kr(v.averageG)}), adjusted to ${f.kr(v.value)}.`,
    'credit-holding': ({ v, f }) => `Your pension holding is ${f.kr(v.value)}.`,
    'conditional-credit-year': ({ v, f }) =>
      `${v.year}: pensionable income ${f.kr(v.income)} earned ${f.kr(v.credit)} (average G ${f.kr(v.averageG)}), adjusted to ${f.kr(v.value)}.`,
    'conditional-credit-holding': ({ v, f }) =>
      `The holding for the conditional pension is ${f.kr(v.value)}.`,
    'conditional-accrual-period': ({ v, f }) =>
      `The conditional pension is earned from 1 January 2020 up to and including the month you turn ${v.untilAge} (${f.date(v.turns)}). Here it is counted up to and including ${f.date(v.value)}.`,
    conversion: (s) => {
      const { v, f } = s;
      const dt = `the divisor ${f.num(v.delingstall)} of the ${v.cohort} cohort at age ${v.age}`;
      return s.benefit === 'conditional'
        ? `The yearly pension is the holding ${f.kr(v.holding)} divided by ${dt} = ${f.kr(v.value)}. The conditional pension cannot be drawn in part. The divisor is an estimate until NAV's official figures are added.`
        : `The yearly pension is the holding ${f.kr(v.holding)} divided by ${dt}${Number(v.drawingPct) !== 100 ? `, times the drawing share ${f.pct(v.drawingPct)}` : ''} = ${f.kr(v.value)}. The divisor is an estimate until NAV's official figures are added.`;
    },
    overgangstillegg: ({ v, f }) =>
      Number(v.value) > 0
        ? `You get the transitional supplement: ${f.num(v.factor, 5)} × G ${f.kr(v.G)} = ${f.kr(v.value)} a year, from age ${v.fromAge} up to and including ${v.toAge}.`
        : `You do not get the transitional supplement. It needs at least ${f.years(v.minServiceYears)} of service (you have ${f.years(v.serviceYears)}) and that you have left public service${v.leftPublicService ? '' : ' (you have not)'}.`,
    'disability-full': ({ v, f }) =>
      v.withNational
        ? `A full disability pension together with a benefit from NAV is ${f.num(v.flatG)} G, at most ${f.pct(v.flatMaxPct)} of the pensionable base (${f.kr(v.flat)}), + ${f.pct(v.lowPct)} of the pensionable base up to ${f.num(v.splitG)} G (${f.kr(v.low)}) + ${f.pct(v.highPct)} of the pensionable base between ${f.num(v.splitG)} and ${f.num(v.capG)} G (${f.kr(v.high)}) = ${f.kr(v.value)} a year.`
        : `A full disability pension without a benefit from NAV is ${f.num(v.flatG)} G, at most ${f.pct(v.flatMaxPct)} of the pensionable base (${f.kr(v.flat)}), + ${f.pct(v.mainPct)} of the pensionable base up to ${f.num(v.capG)} G (${f.kr(v.main)}) = ${f.kr(v.value)} a year.`,
    'service-with-future': ({ v, f }) =>
      `Service counts the time until you turn ${v.stopAge}: ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, which gives ${f.years(v.value)}.`,
    'disability-scaled': ({ v, f }) =>
      `The disability pension is ${f.kr(v.full)} × ${f.share(v.averagePartTime)} position × disability ${f.pct(v.grade)} × ${f.num(v.years)}/${f.num(v.fullYears)} years = ${f.kr(v.value)} a year.`,
    'child-supplement': ({ v, f }) =>
      `Child supplement: ${f.pct(v.pctOfBase)} of the pensionable base (at most ${f.num(v.capG)} G) for ${v.children} child(ren), scaled like the pension = ${f.kr(v.value)} a year.`,
    'survivor-service': ({ v, f }) =>
      v.inService
        ? `The deceased was in service at death, so service counts until age ${v.stopAge}: ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, which gives ${f.years(v.value)}.`
        : `The deceased had left; the service is ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, which gives ${f.years(v.value)}.`,
    monthly: () => undefined,
  },
  conditions: {
    cohort: ({ v }, met) =>
      met
        ? `You were born in ${v.birthYear}, and these rules are for those born in ${v.lastCohort} or earlier.`
        : `You were born in ${v.birthYear}. These rules are only for those born in ${v.lastCohort} or earlier.`,
    'rule_85:cohort': ({ v }, met) =>
      met
        ? `You were born in ${v.birthYear} and can use the 85-year rule.`
        : `You were born in ${v.birthYear} and had more than 10 years left to the age limit on 1 January 2020, so the 85-year rule does not apply to you.`,
    'accrual_2020:cohort': ({ v }, met) =>
      met
        ? `You were born in ${v.birthYear}, and the 2020 rules are for those born in ${v.firstCohort} or later.`
        : `You were born in ${v.birthYear}. The 2020 rules are only for those born in ${v.firstCohort} or later.`,
    'conditional:cohort': ({ v }, met) =>
      met
        ? `You were born in ${v.birthYear}, and the conditional pension is for those born in ${v.firstCohort} or later.`
        : `You were born in ${v.birthYear}. The conditional pension is only for those born in ${v.firstCohort} or later.`,
    'old_age:age': ({ v }, met) =>
      `You are ${v.age}. The retirement pension can be drawn from ${v.from} (your age limit is ${v.ageLimit})${met ? '.' : ', so you are not old enough yet.'}`,
    'rule_85:age-limit': ({ v }, met) =>
      met
        ? `Your age limit is ${v.ageLimit}, below ${v.general}, so the 85-year rule can be used.`
        : `The 85-year rule is only for posts with an age limit below ${v.general}; yours is ${v.ageLimit}.`,
    'rule_85:age': ({ v }, met) =>
      `You are ${v.age}. Under the 85-year rule you can retire from ${v.earliest} until the age limit of ${v.ageLimit}${met ? '.' : ', and you are outside that.'}`,
    'sum-85': ({ v, f }, met) =>
      `Your age, ${v.age}, and your service, ${f.years(v.serviceYears)}, add up to ${Number(v.age) + Number(v.serviceYears)}${met ? `, at least ${v.sum}.` : `, but the sum must be at least ${v.sum}.`}`,
    service: ({ v, f }, met) =>
      `You have ${f.ymd(v.years, v.months, v.days)} of service${met ? `, and at least ${f.years(v.minServiceYears)} are needed.` : `, but at least ${f.years(v.minServiceYears)} are needed.`}`,
    member: (s, met) =>
      s.deceased || s.benefit === 'disability'
        ? met
          ? `${who(s, 'You have', 'The deceased had')} service in the scheme.`
          : `${who(s, 'You have', 'The deceased had')} no service in the scheme.`
        : met
          ? 'You have service in this scheme.'
          : 'You have no service in this scheme. Time in other public schemes alone gives no pension from here.',
    'former-member': (_s, met) =>
      met
        ? 'You have left the scheme.'
        : 'You are still in service; a deferred pension is for those who have left.',
    'deferred:age': ({ v }, met) =>
      `You are ${v.age}. The deferred pension is paid from ${v.payAge} (your age limit is ${v.ageLimit})${met ? '.' : ', so it cannot be paid yet.'}`,
    'afp_62_65:age': ({ v }, met) =>
      `You are ${v.age}. This AFP runs from ${v.from} until you turn ${v.below}${met ? '.' : ', and you are outside that.'}`,
    'afp_65_67:age': ({ v }, met) =>
      `You are ${v.age}. This AFP runs from ${v.from} until you turn ${v.below}${met ? '.' : ', and you are outside that.'}`,
    'in-work': (_s, met) =>
      met
        ? 'You are in public service until the AFP starts.'
        : 'You must be in public service until the AFP starts, and you are not.',
    'accrual_2020:age': ({ v }, met) =>
      `You are ${v.age}. The pension can be drawn from ${v.from}${met ? '.' : ', so you are not old enough yet.'}`,
    'conditional:age': ({ v }, met) =>
      `You are ${v.age}. The conditional pension can be drawn from ${v.from}${met ? '.' : ', so you are not old enough yet.'}`,
    'no-afp': (_s, met) =>
      met
        ? 'You do not qualify for AFP, so you can get the conditional pension.'
        : 'You qualify for AFP. The conditional pension is for those who do not.',
    grade: ({ v, f }, met) =>
      `Your disability grade is ${f.pct(v.grade)}; it must be at least ${f.pct(v.minGradePct)}${met ? '.' : ', and it is not.'}`,
    'disability:age': ({ v }, met) =>
      met
        ? `You are ${v.age}. The disability pension runs until you turn ${v.stopAge}; then the retirement pension takes over.`
        : `You are ${v.age}. The disability pension runs only until you turn ${v.stopAge}; after that it is a retirement pension.`,
    death: ({ v, f }, met) =>
      met
        ? `The member died on ${f.date(v.deathDate)}.`
        : `The member died on ${f.date(v.deathDate)}, after the date the pension is computed for.`,
    'child-age': ({ v }, met) =>
      `The child is ${v.childAge}. A child's pension runs until the child turns ${v.until}${met ? '.' : ', so the child is too old.'}`,
  },
};
