/**
 * Norsk bokmål: forklaringen til medlemmet, i klarspråk. Én mal per regel i sporet (trace);
 * tallene kommer ferdig formatert (`f`), verdiene fra sporet står i `v`.
 */
import type { Catalogue, StepView } from './catalogue';

const who = (s: StepView, own: string, deceased: string) => (s.deceased ? deceased : own);

const notCoordinated: Record<string, string> = {
  disability:
    'Uførepensjonen er et tillegg til uføretrygden eller arbeidsavklaringspengene fra NAV og samordnes ikke videre.',
  afp_62_65:
    'AFP samordnes ikke med pensjon fra folketrygden; den delen som er beregnet etter folketrygdens regler, er tatt med som eget beløp.',
  afp_65_67:
    'AFP samordnes ikke med pensjon fra folketrygden; den delen som er beregnet etter folketrygdens regler, er tatt med som eget beløp.',
  accrual_2020: 'Pensjon etter reglene fra 2020 samordnes ikke med folketrygden.',
  conditional: 'Betinget tjenestepensjon samordnes ikke med folketrygden.',
  spouse:
    'Ektefellepensjon etter nettoreglene reduseres ikke for din inntekt eller pensjon fra folketrygden.',
  child: 'Barnepensjon reduseres ikke for barnets inntekt eller ytelser fra folketrygden.',
};

export const nb: Catalogue = {
  language: 'nb',
  words: {
    locale: 'nb-NO',
    money: (n) => `${n} kroner`,
    year: ['år', 'år'],
    month: ['måned', 'måneder'],
    day: ['dag', 'dager'],
    and: 'og',
    monthNames: [
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ],
    date: (d, m, y) => `${d}. ${m} ${y}`,
  },
  benefit: {
    old_age: 'alderspensjon',
    rule_85: 'alderspensjon etter 85-årsregelen',
    deferred: 'oppsatt pensjon',
    afp_62_65: 'AFP fra 62 til 65 år',
    afp_65_67: 'AFP fra 65 til 67 år',
    accrual_2020: 'alderspensjon etter reglene fra 2020',
    conditional: 'betinget tjenestepensjon',
    disability: 'uførepensjon',
    spouse: 'ektefellepensjon',
    child: 'barnepensjon',
  },
  title: (b, date) => `${b.charAt(0).toUpperCase()}${b.slice(1)} fra ${date}`,
  eligible: (b, annual, monthly) =>
    `Du har rett til ${b}. Pensjonen blir ${annual} i året, det vil si ${monthly} i måneden, før skatt.`,
  notEligible: (b, date) =>
    `Du har ikke rett til ${b} fra ${date}. Nedenfor ser du hvilke vilkår som ikke er oppfylt.`,
  provisional:
    'Beløpet er foreløpig: et tall som beregningen trenger, er ikke fastsatt ennå. Du får et nytt svar når det er på plass.',
  steps: {
    'service-time': (s) => {
      const { v, f } = s;
      let t = `${who(s, 'Opptjeningstiden din', 'Opptjeningstiden til avdøde')} i ordningen er ${f.ymd(v.ownYears, v.ownMonths, v.ownDays)}.`;
      if (Number(v.otherServiceYears) > 0)
        t += ` I tillegg kommer ${f.num(v.otherServiceYears)} år i andre offentlige pensjonsordninger (overføringsavtalen), til sammen ${f.ymd(v.years, v.months, v.days)}.`;
      if (Number(v.months) + Number(v.days) > 0 || Number(v.years) !== Number(v.value))
        t += ` Periodene legges sammen i år, måneder og dager (30 dager er en måned), og ${f.num(v.roundUpFromMonths)} måneder eller mer rundes opp til et helt år. Opptjeningstiden regnes derfor som ${f.years(v.value)}.`;
      if (Number(v.excludedPeriods) > 0)
        t += ` ${f.num(v.excludedPeriods)} periode(r) med stilling under ${f.pct(v.minPositionPct)} gir ikke medlemskap og er ikke tatt med.`;
      return t;
    },
    'average-part-time': (s) => {
      const { v, f } = s;
      let t = `${who(s, 'Den gjennomsnittlige stillingsprosenten din', 'Den gjennomsnittlige stillingsprosenten til avdøde')} er ${f.share(v.value)}.`;
      if (Number(v.droppedYears) + Number(v.droppedMonths) + Number(v.droppedDays) > 0)
        t += ` Fordi opptjeningstiden er over ${f.years(v.fullServiceYears)}, er ${f.ymd(v.droppedYears, v.droppedMonths, v.droppedDays)} med lavest stillingsprosent holdt utenfor.`;
      return t;
    },
    'regulate-base': ({ v, f }) =>
      v.gAtDeath !== undefined
        ? `Pensjonsgrunnlaget på dødsdagen er regulert med grunnbeløpet (G) fra ${f.kr(v.gAtDeath)} til ${f.kr(v.g)}: ${f.kr(v.value)}.`
        : `Lønnen da du sluttet, ${f.kr(v.salary)}, er regulert med grunnbeløpet (G) fra ${f.kr(v.gAtExit)} til ${f.kr(v.g)}: ${f.kr(v.value)}.`,
    'pensionable-base': ({ v, f }) =>
      v.capped
        ? `Pensjonsgrunnlaget er lønnen i full stilling, men ikke mer enn ${f.num(v.capG)} ganger grunnbeløpet (G er ${f.kr(v.G)}): ${f.kr(v.value)}.`
        : `Pensjonsgrunnlaget er lønnen omregnet til full stilling: ${f.kr(v.value)}. Grensen er ${f.num(v.capG)} ganger grunnbeløpet, ${f.kr(v.cap)}.`,
    'gross-pension': ({ v, f }) =>
      `Full pensjon er ${f.pct(v.ratePct)} av pensjonsgrunnlaget etter ${f.years(v.fullYears)} opptjening. Bruttopensjonen blir ${f.kr(v.base)} × ${f.share(v.averagePartTime)} stilling × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'partial-drawing': ({ v, f }) =>
      `Du tar ut ${f.pct(v.drawingPct)} av pensjonen: ${f.kr(v.value)} i året.`,
    'deferred-pension': ({ v, f }) =>
      `Oppsatt pensjon er ${f.kr(v.base)} × ${f.share(v.averagePartTime)} stilling × ${f.pct(v.ratePct)} × faktisk opptjening ${f.num(v.years)} år / mulig opptjening ${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'spouse-pension': ({ v, f }) =>
      `Ektefellepensjonen er ${f.pct(v.ratePct)} av avdødes pensjonsgrunnlag: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} stilling × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'child-pension': ({ v, f }) =>
      `Barnepensjonen er ${f.pct(v.ratePct)} av avdødes pensjonsgrunnlag: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} stilling × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'afp-folketrygd-based': ({ v, f }) =>
      `AFP beregnet etter folketrygdens regler: ${f.kr(v.folketrygdAfp)} + AFP-tillegg ${f.kr(v.afpSupplement)} = ${f.kr(v.value)} i året.`,
    'afp-scheme-based': ({ v, f }) =>
      `AFP beregnet som pensjon fra ordningen: ${f.kr(v.base)} × ${f.share(v.averagePartTime)} stilling × ${f.pct(v.ratePct)} × ${f.num(v.years)}/${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'afp-higher': ({ v, f }) =>
      `Du får det høyeste av ${f.kr(v.folketrygdBased)} og ${f.kr(v.schemeBased)}: ${f.kr(v.value)} i året.`,
    levealdersjustering: ({ v, f }) => {
      switch (v.status) {
        case 'applied':
          return `Pensjonen levealdersjusteres: den deles på forholdstallet ${f.num(v.value, 3)} for årskull ${v.cohort} ved ${f.years(v.age)}.`;
        case 'not-published':
          return `Pensjonen er ikke levealdersjustert: forholdstallet for årskull ${v.cohort} ved ${f.years(v.age)} er ikke fastsatt i beregningen ennå. Beløpet er derfor foreløpig.`;
        case 'before-cohorts':
          return `Pensjonen levealdersjusteres ikke, fordi du er født før ${v.firstCohort}.`;
        case 'not-before-age':
          return `Pensjonen levealdersjusteres først fra du fyller ${f.years(v.fromAge)}.`;
        case 'before-reform':
          return 'Levealdersjustering gjelder ikke på denne datoen; den kom med pensjonsreformen i 2011.';
        default:
          return 'AFP levealdersjusteres ikke.';
      }
    },
    'life-expectancy-adjusted': ({ v, f }) =>
      `Etter levealdersjusteringen blir pensjonen ${f.kr(v.before)} / ${f.num(v.forholdstall, 3)} = ${f.kr(v.value)} i året.`,
    samordning: (s) => {
      const { v, f } = s;
      if (v.status === 'applied')
        return `Pensjonen samordnes med folketrygden (forenklet beregning). Fradraget er tilleggspensjon ${f.kr(v.tilleggspensjon)} + pensjonstillegg ${f.kr(v.pensjonstillegg)} + grunnpensjon over ¾ G ${f.kr(v.grunnpensjonAbove)}, ganget med ${f.num(v.years)}/${f.num(v.fullYears)} år${Number(v.drawingPct) !== 100 ? ` og uttaksgraden ${f.pct(v.drawingPct)}` : ''}: ${f.kr(v.deduction)}. Pensjonen etter samordning er ${f.kr(v.before)} − ${f.kr(v.deduction)} = ${f.kr(v.value)} i året.`;
      if (v.status === 'not-given')
        return 'Pensjonen er ikke samordnet med folketrygden, fordi beløpene fra folketrygden ikke er oppgitt. Beløpet er pensjonen før samordning.';
      return notCoordinated[s.benefit] ?? 'Denne pensjonen samordnes ikke med folketrygden.';
    },
    cohort: ({ v, f }) =>
      `Du er født i ${v.birthYear}: bare opptjening før ${f.date(v.cutoff)} gir oppsatt pensjon etter de gamle reglene.`,
    'possible-service': ({ v, f }) =>
      `Mulig opptjening fram til aldersgrensen på ${f.years(v.ageLimit)} er ${f.years(v.possibleYears)}. Den regnes som minst ${f.num(v.min)} og høyst ${f.num(v.max)} år: ${f.years(v.value)}.`,
    'credit-year': ({ v, f }) =>
      `${v.year}: pensjonsgivende inntekt ${f.kr(v.income)} ga ${f.kr(v.credit)} i opptjening (gjennomsnittlig G ${f.kr(v.averageG)}), regulert til ${f.kr(v.value)}.`,
    'credit-holding': ({ v, f }) => `Pensjonsbeholdningen din er ${f.kr(v.value)}.`,
    'conditional-credit-year': ({ v, f }) =>
      `${v.year}: pensjonsgivende inntekt ${f.kr(v.income)} ga ${f.kr(v.credit)} i opptjening (gjennomsnittlig G ${f.kr(v.averageG)}), regulert til ${f.kr(v.value)}.`,
    'conditional-credit-holding': ({ v, f }) =>
      `Beholdningen for betinget tjenestepensjon er ${f.kr(v.value)}.`,
    'conditional-accrual-period': ({ v, f }) =>
      `Betinget tjenestepensjon tjenes opp fra 1. januar 2020 til og med måneden du fyller ${f.years(v.untilAge)} (${f.date(v.turns)}). Her er opptjeningen regnet til og med ${f.date(v.value)}.`,
    conversion: (s) => {
      const { v, f } = s;
      const dt = `delingstallet ${f.num(v.delingstall)} for årskull ${v.cohort} ved ${f.years(v.age)}`;
      return s.benefit === 'conditional'
        ? `Den årlige pensjonen er beholdningen ${f.kr(v.holding)} delt på ${dt} = ${f.kr(v.value)}. Betinget tjenestepensjon kan ikke tas ut gradert. Delingstallet er et anslag inntil NAVs fastsatte tall er lagt inn.`
        : `Den årlige pensjonen er beholdningen ${f.kr(v.holding)} delt på ${dt}${Number(v.drawingPct) !== 100 ? `, ganget med uttaksgraden ${f.pct(v.drawingPct)}` : ''} = ${f.kr(v.value)}. Delingstallet er et anslag inntil NAVs fastsatte tall er lagt inn.`;
    },
    overgangstillegg: ({ v, f }) =>
      Number(v.value) > 0
        ? `Du får overgangstillegg: ${f.num(v.factor, 5)} × G ${f.kr(v.G)} = ${f.kr(v.value)} i året, fra ${f.years(v.fromAge)} til og med ${f.years(v.toAge)}.`
        : `Du får ikke overgangstillegg. Det krever minst ${f.years(v.minServiceYears)} opptjening (du har ${f.years(v.serviceYears)}) og at du har sluttet i offentlig stilling${v.leftPublicService ? '' : ' (det har du ikke)'}.`,
    'disability-full': ({ v, f }) =>
      v.withNational
        ? `Full uførepensjon sammen med uføretrygd eller arbeidsavklaringspenger fra NAV er ${f.num(v.flatG)} G, men høyst ${f.pct(v.flatMaxPct)} av pensjonsgrunnlaget (${f.kr(v.flat)}), + ${f.pct(v.lowPct)} av pensjonsgrunnlaget opp til ${f.num(v.splitG)} G (${f.kr(v.low)}) + ${f.pct(v.highPct)} av pensjonsgrunnlaget mellom ${f.num(v.splitG)} og ${f.num(v.capG)} G (${f.kr(v.high)}) = ${f.kr(v.value)} i året.`
        : `Full uførepensjon uten ytelse fra NAV er ${f.num(v.flatG)} G, men høyst ${f.pct(v.flatMaxPct)} av pensjonsgrunnlaget (${f.kr(v.flat)}), + ${f.pct(v.mainPct)} av pensjonsgrunnlaget opp til ${f.num(v.capG)} G (${f.kr(v.main)}) = ${f.kr(v.value)} i året.`,
    'service-with-future': ({ v, f }) =>
      `Opptjeningstiden regnes med tiden fram til du fyller ${f.years(v.stopAge)}: ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, som gir ${f.years(v.value)}.`,
    'disability-scaled': ({ v, f }) =>
      `Uførepensjonen er ${f.kr(v.full)} × ${f.share(v.averagePartTime)} stilling × uføregrad ${f.pct(v.grade)} × ${f.num(v.years)}/${f.num(v.fullYears)} år = ${f.kr(v.value)} i året.`,
    'child-supplement': ({ v, f }) =>
      `Barnetillegg: ${f.pct(v.pctOfBase)} av pensjonsgrunnlaget (høyst ${f.num(v.capG)} G) for ${v.children} barn, regnet om på samme måte som pensjonen = ${f.kr(v.value)} i året.`,
    'survivor-service': ({ v, f }) =>
      v.inService
        ? `Avdøde var i stilling ved dødsfallet, så opptjeningstiden regnes fram til ${f.years(v.stopAge)}: ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, som gir ${f.years(v.value)}.`
        : `Avdøde hadde sluttet; opptjeningstiden er ${f.ymd(v.totalYears, v.totalMonths, v.totalDays)}, som gir ${f.years(v.value)}.`,
    monthly: () => undefined,
  },
  conditions: {
    cohort: ({ v }, met) =>
      met
        ? `Du er født i ${v.birthYear}, og disse reglene gjelder for deg som er født i ${v.lastCohort} eller tidligere.`
        : `Du er født i ${v.birthYear}. Disse reglene gjelder bare for deg som er født i ${v.lastCohort} eller tidligere.`,
    'rule_85:cohort': ({ v }, met) =>
      met
        ? `Du er født i ${v.birthYear} og kan bruke 85-årsregelen.`
        : `Du er født i ${v.birthYear} og hadde mer enn 10 år igjen til aldersgrensen 1. januar 2020, så 85-årsregelen gjelder ikke for deg.`,
    'accrual_2020:cohort': ({ v }, met) =>
      met
        ? `Du er født i ${v.birthYear}, og reglene fra 2020 gjelder for deg som er født i ${v.firstCohort} eller senere.`
        : `Du er født i ${v.birthYear}. Reglene fra 2020 gjelder bare for deg som er født i ${v.firstCohort} eller senere.`,
    'conditional:cohort': ({ v }, met) =>
      met
        ? `Du er født i ${v.birthYear}, og betinget tjenestepensjon gjelder for deg som er født i ${v.firstCohort} eller senere.`
        : `Du er født i ${v.birthYear}. Betinget tjenestepensjon gjelder bare for deg som er født i ${v.firstCohort} eller senere.`,
    'old_age:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Alderspensjon kan tas ut fra ${f.years(v.from)} (aldersgrensen din er ${f.years(v.ageLimit)})${met ? '.' : ', så du er for ung ennå.'}`,
    'rule_85:age-limit': ({ v, f }, met) =>
      met
        ? `Aldersgrensen din er ${f.years(v.ageLimit)}, lavere enn ${f.years(v.general)}, så 85-årsregelen kan brukes.`
        : `85-årsregelen gjelder bare stillinger med aldersgrense lavere enn ${f.years(v.general)}; din er ${f.years(v.ageLimit)}.`,
    'rule_85:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Etter 85-årsregelen kan du gå av fra ${f.years(v.earliest)} og fram til aldersgrensen på ${f.years(v.ageLimit)}${met ? '.' : ', og det er du ikke innenfor.'}`,
    'sum-85': ({ v, f }, met) =>
      `Alderen din, ${f.num(v.age)}, og opptjeningstiden, ${f.years(v.serviceYears)}, blir til sammen ${f.num(Number(v.age) + Number(v.serviceYears))}${met ? `, minst ${v.sum}.` : `, men summen må være minst ${v.sum}.`}`,
    service: ({ v, f }, met) =>
      `Du har ${f.ymd(v.years, v.months, v.days)} opptjening${met ? `, og kravet er minst ${f.years(v.minServiceYears)}.` : `, men kravet er minst ${f.years(v.minServiceYears)}.`}`,
    member: (s, met) =>
      s.deceased || s.benefit === 'disability'
        ? met
          ? `${who(s, 'Du har', 'Avdøde hadde')} opptjening i ordningen.`
          : `${who(s, 'Du har', 'Avdøde hadde')} ingen opptjening i ordningen.`
        : met
          ? 'Du har opptjening i denne ordningen.'
          : 'Du har ingen opptjening i denne ordningen. Tid i andre offentlige ordninger alene gir ikke pensjon herfra.',
    'former-member': (_s, met) =>
      met
        ? 'Du har sluttet i ordningen.'
        : 'Du er fortsatt i stilling; oppsatt pensjon gjelder den som har sluttet.',
    'deferred:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Oppsatt pensjon utbetales fra ${f.years(v.payAge)} (aldersgrensen din er ${f.years(v.ageLimit)})${met ? '.' : ', så den kan ikke utbetales ennå.'}`,
    'afp_62_65:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Denne AFP-en gjelder fra ${f.years(v.from)} til du fyller ${f.years(v.below)}${met ? '.' : ', og det er du ikke innenfor.'}`,
    'afp_65_67:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Denne AFP-en gjelder fra ${f.years(v.from)} til du fyller ${f.years(v.below)}${met ? '.' : ', og det er du ikke innenfor.'}`,
    'in-work': (_s, met) =>
      met
        ? 'Du er i offentlig stilling fram til AFP-en starter.'
        : 'Du må være i offentlig stilling fram til AFP-en starter, og det er du ikke.',
    'accrual_2020:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Pensjonen kan tas ut fra ${f.years(v.from)}${met ? '.' : ', så du er for ung ennå.'}`,
    'conditional:age': ({ v, f }, met) =>
      `Du er ${f.years(v.age)}. Betinget tjenestepensjon kan tas ut fra ${f.years(v.from)}${met ? '.' : ', så du er for ung ennå.'}`,
    'no-afp': (_s, met) =>
      met
        ? 'Du fyller ikke vilkårene for AFP, og da kan du få betinget tjenestepensjon.'
        : 'Du fyller vilkårene for AFP. Betinget tjenestepensjon er for den som ikke gjør det.',
    grade: ({ v, f }, met) =>
      `Uføregraden din er ${f.pct(v.grade)}; den må være minst ${f.pct(v.minGradePct)}${met ? '.' : ', og det er den ikke.'}`,
    'disability:age': ({ v, f }, met) =>
      met
        ? `Du er ${f.years(v.age)}. Uførepensjon gis til du fyller ${f.years(v.stopAge)}; da tar alderspensjonen over.`
        : `Du er ${f.years(v.age)}. Uførepensjon gis bare til du fyller ${f.years(v.stopAge)}; etter det er det alderspensjon.`,
    death: ({ v, f }, met) =>
      met
        ? `Medlemmet døde ${f.date(v.deathDate)}.`
        : `Medlemmet døde ${f.date(v.deathDate)}, etter datoen pensjonen er beregnet for.`,
    'child-age': ({ v, f }, met) =>
      `Barnet er ${f.years(v.childAge)}. Barnepensjon gis til barnet fyller ${f.years(v.until)}${met ? '.' : ', så barnet er for gammelt.'}`,
  },
};
