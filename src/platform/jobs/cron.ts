/** Cron expressions (cron-parser, the parser pg-boss itself uses for schedules). */
import parser from 'cron-parser';

export const CronExpressionParser = {
  /** Five fields (minute hour day month weekday), as pg-boss schedules take them. */
  valid(expression: string): boolean {
    if (expression.trim().split(/\s+/).length !== 5) return false;
    try {
      parser.parseExpression(expression);
      return true;
    } catch {
      return false;
    }
  },
  /** The next time after `from` in the time zone. */
  next(expression: string, timezone: string, from: Date): Date {
    return parser.parseExpression(expression, { tz: timezone, currentDate: from }).next().toDate();
  },
};
