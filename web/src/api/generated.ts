/**
 * GENERATED from the server's OpenAPI document by `npm run gen:api` — do not edit by hand.
 * The web app's types for every API route; a unit test fails when this file is stale.
 */
/* eslint-disable */

export type paths = {
  "/api/auth/jwks": {
    /** @description Public keys of the built-in identity provider (JWKS). */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              keys: {
                  [key: string]: unknown;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/auth/login": {
    /** @description Signs in with the built-in identity provider and returns a bearer token. After 5 failed sign-ins of a username (20 from one address) each further one blocks for a delay that doubles (1 s, 2 s, 4 s … at most 15 min): 429 with Retry-After. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              token: string;
              user: {
                displayName: string;
                id: number;
                roles: ({
                    orgnr: string | null;
                    role: string;
                  })[];
                username: string;
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        429: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/auth/me": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              displayName: string;
              id: number;
              roles: ({
                  orgnr: string | null;
                  role: string;
                })[];
              username: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/calculations": {
    /** @description Calculates one benefit for one member history (contracts/calc.md). Pure: nothing is stored. With `explain: "nb"` (or "en") the answer carries the member's explanation in plain language. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Conditional pension: the member qualifies for AFP
             * @default false
             */
            afpQualified?: boolean;
            /** @enum {string} */
            benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
            child?: {
              /** @description A calendar date, YYYY-MM-DD */
              birthDate: string;
            };
            /**
             * @description Disability: children under 18
             * @default 0
             */
            childrenUnder18?: number;
            /** @description The first day the benefit would be paid, or the date of the estimate */
            date: string;
            deceased?: {
              /**
               * @description The age limit of the post (aldersgrense)
               * @default 70
               */
              ageLimit?: number;
              /** @description A calendar date, YYYY-MM-DD */
              birthDate: string;
              /** @description A calendar date, YYYY-MM-DD */
              deathDate: string;
              employments: {
                  /** @description Full-time-equivalent yearly salary in kroner for the period */
                  annualSalary: number;
                  /** @description A calendar date, YYYY-MM-DD */
                  from: string;
                  /** @description Part-time percentage (stillingsprosent) */
                  positionPct: number;
                  /** @description A calendar date, YYYY-MM-DD */
                  to: string;
                }[];
              /** @default 0 */
              otherServiceYears?: number;
            };
            disabilityGrade?: number;
            /** @default 100 */
            drawingPct?: number;
            /** @default [] */
            employments?: {
                /** @description Full-time-equivalent yearly salary in kroner for the period */
                annualSalary: number;
                /** @description A calendar date, YYYY-MM-DD */
                from: string;
                /** @description Part-time percentage (stillingsprosent) */
                positionPct: number;
                /** @description A calendar date, YYYY-MM-DD */
                to: string;
              }[];
            /**
             * @description Add a plain-language explanation for the member in this language (nb, en)
             * @enum {string}
             */
            explain?: "nb" | "en";
            /** @description Old AFP: the folketrygd-computed part as NAV computed it */
            folketrygdAfp?: number;
            /** @description G values recorded by the fund (e.g. a new G approved before it is in the built-in table): on each date the latest row wins, and a row given here wins over a built-in row of the same day */
            gTable?: {
                /** @description The first day this G applies */
                from: string;
                /** @description G in whole kroner from that day */
                g: number;
              }[];
            /** @description Overgangstillegg: the member has left public service */
            leftPublicService?: boolean;
            /** @default true */
            nationalDisabilityBenefit?: boolean;
            /** @description Folketrygd amounts per year used for samordning (simplified; see docs/rules.md) */
            nationalPension?: {
              /**
               * @description Kroner per year
               * @default 0
               */
              grunnpensjon?: number;
              /**
               * @description Kroner per year
               * @default 0
               */
              pensjonstillegg?: number;
              /**
               * @description Kroner per year
               * @default 0
               */
              tilleggspensjon?: number;
            };
            /**
             * @description Average part-time of the other service
             * @default 100
             */
            otherServicePct?: number;
            /**
             * @description Service in other public schemes (overføringsavtalen), in years
             * @default 0
             */
            otherServiceYears?: number;
            person: {
              /**
               * @description The age limit of the post (aldersgrense)
               * @default 70
               */
              ageLimit?: number;
              /** @description A calendar date, YYYY-MM-DD */
              birthDate: string;
            };
            /** @default standard */
            scheme?: string;
            /**
             * @default net
             * @enum {string}
             */
            survivorRules?: "net" | "gross";
            /** @default true */
            trace?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Whole kroner per year before tax; 0 when not eligible */
              annualAmount: number;
              /** @enum {string} */
              benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
              /** @description Named parts in whole kroner; deductions are negative */
              components: {
                [key: string]: number;
              };
              date: string;
              eligible: boolean;
              /** @description The member's explanation in plain language (request field explain) */
              explanation?: {
                /** @description What the pension is based on */
                basis: string[];
                /** @description Every condition checked, met or not, in words */
                conditions: {
                    met: boolean;
                    rule: string;
                    text: string;
                  }[];
                /** @enum {string} */
                language: "nb" | "en";
                /** @description What is not applied, simplified or provisional */
                notes: string[];
                /** @description Each step of the calculation with its numbers */
                steps: string[];
                /** @description The amount a year and a month, or that there is no right */
                summary: string;
                title: string;
              };
              /** @description Annual / 12, rounded half up */
              monthlyAmount: number;
              /** @description Parameter values used */
              parameters: {
                [key: string]: number | string;
              };
              /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
              provisional: boolean;
              /** @description Why eligible or not, in words */
              reasons: string[];
              /** @description Ordered steps; left out when the request says trace: false */
              trace?: ({
                  inputs: {
                    [key: string]: (number | string | boolean) | null;
                  };
                  rule: string;
                  /** @description The formula in words, with the numbers */
                  text: string;
                  value: (number | string | boolean) | null;
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases": {
    /** @description Work queues: open cases unless a status is given; oldest first, or sort=due for overdue first. queue: mine, unassigned, approval (awaiting another approver), reminders (on hold, date come). */
    get: {
      parameters: {
        query?: {
          status?: string | string[];
          type?: string | string[];
          assignee?: "me" | "none" | string;
          queue?: "mine" | "unassigned" | "approval" | "reminders";
          unit?: string;
          personId?: string;
          overdue?: "true" | "false";
          sort?: "received" | "due";
          limit?: number;
          offset?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  /** @description days since received */
                  ageDays: number;
                  /** @description user id of the handler who has the case */
                  assignee: number | null;
                  assigneeName: string | null;
                  /** @description the start the member applied for */
                  claimedFrom: string;
                  /** @description the case type's service target */
                  dueDate: string;
                  hold: ({
                    /** @description the reminder date has come: back in the queue */
                    due: boolean;
                    from: string | null;
                    reason: string | null;
                    until: string | null;
                  }) | null;
                  id: number;
                  orgnr: string;
                  orgUnit: string;
                  overdue: boolean;
                  personId: number;
                  personName: string | null;
                  receivedAt: string;
                  /** @enum {string} */
                  source: "member" | "employer" | "staff" | "system";
                  /** @enum {string} */
                  status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
                  /** @enum {string} */
                  type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
                })[];
              /** @description exact up to 1 000 (totalExact); beyond, 1 000 */
              total: number;
              totalExact: boolean;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Receives an application, a retirement notice or a change: a new case in its queue (received). */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description the start applied for (or the date of the change or stop) */
            claimedFrom: string;
            /** @description spouse, child: the member who died */
            deceasedPersonId?: number;
            /** @description disability: the grade applied for; change: the new grade */
            gradePct?: number;
            membershipId?: number;
            note?: string | null;
            /** @description change, stop: the running pension */
            pensionId?: number;
            personId: number;
            /** @enum {string} */
            source: "member" | "employer" | "staff";
            /** @enum {string} */
            type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}": {
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/advance": {
    /** @description To the next status only (a skip is 409). Leaving assessing needs the conditions; leaving calculating is done by drafting the decision. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string | null;
            /** @enum {string} */
            to: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/approve": {
    /** @description Four eyes: an approver who did not propose the decision approves it; the pension is written to the register and the letter ordered. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/assign": {
    /** @description Hands the case to a colleague who may handle cases (by its assignee, or anyone while nobody has it). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string | null;
            userId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/calculations": {
    /** @description In calculating: runs the rules engine on the case's data; `request` may add or override inputs. Stored as a new version. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            request?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              result: {
                /** @description Whole kroner per year before tax; 0 when not eligible */
                annualAmount: number;
                /** @enum {string} */
                benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                /** @description Named parts in whole kroner; deductions are negative */
                components: {
                  [key: string]: number;
                };
                date: string;
                eligible: boolean;
                /** @description The member's explanation in plain language (request field explain) */
                explanation?: {
                  /** @description What the pension is based on */
                  basis: string[];
                  /** @description Every condition checked, met or not, in words */
                  conditions: {
                      met: boolean;
                      rule: string;
                      text: string;
                    }[];
                  /** @enum {string} */
                  language: "nb" | "en";
                  /** @description What is not applied, simplified or provisional */
                  notes: string[];
                  /** @description Each step of the calculation with its numbers */
                  steps: string[];
                  /** @description The amount a year and a month, or that there is no right */
                  summary: string;
                  title: string;
                };
                /** @description Annual / 12, rounded half up */
                monthlyAmount: number;
                /** @description Parameter values used */
                parameters: {
                  [key: string]: number | string;
                };
                /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                provisional: boolean;
                /** @description Why eligible or not, in words */
                reasons: string[];
                /** @description Ordered steps; left out when the request says trace: false */
                trace?: ({
                    inputs: {
                      [key: string]: (number | string | boolean) | null;
                    };
                    rule: string;
                    /** @description The formula in words, with the numbers */
                    text: string;
                    value: (number | string | boolean) | null;
                  })[];
              };
              version: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/conditions": {
    /** @description In assessing: records the rules engine's eligibility for the case's benefit and date, plus conditions given by hand. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            conditions?: ({
                met: boolean;
                name: string;
                note?: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/decision": {
    /** @description Drafts the decision (granted or refused, from, why); a grant takes the latest calculation's amounts. Status awaiting_approval. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            from: string;
            /** @enum {string} */
            outcome: "granted" | "refused";
            /** @description why, in words */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/hold": {
    /** @description On hold waiting for information, with a reason and a reminder date (back in the queue on that date). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description why, in words */
            reason: string;
            until: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/reopen": {
    /** @description Reopens a decided case whose decision was wrong: error category and reason; counts as an error. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            errorCategory: "calculation" | "missing_information" | "wrong_rule" | "registration" | "other";
            /** @description why, in words */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/resume": {
    /** @description Back from hold to the status it left. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/return": {
    /** @description The approver sends the decision back to calculating with a comment. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description why, in words */
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/service-history": {
    /** @description In preparing: takes the register's periods into the case (with who recorded them) and adds periods by hand. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            periods?: ({
                /** @description kroner per year, at most two decimals */
                annualSalary?: number | null;
                from: string;
                /** @enum {string} */
                kind: "employment" | "transfer";
                note?: string | null;
                positionPct?: number | null;
                /** @description transfer: service in years as reported */
                serviceYears?: number | null;
                /** @description where the period comes from: a document, the employer, another scheme */
                source: string;
                to?: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/take": {
    /** @description Assigns the case to the caller; taken by someone else: 409. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/time": {
    /** @description Time the caller spent on the case in a stage (minutes). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            minutes: number;
            /** @enum {string} */
            stage: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "reopened";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/{id}/withdraw": {
    /** @description Withdrawn by the member, or registered by staff. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @default member
             * @enum {string}
             */
            by?: "member" | "staff";
            /** @description why, in words */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description days since received */
              ageDays: number;
              /** @description user id of the handler who has the case */
              assignee: number | null;
              assigneeName: string | null;
              calculations: ({
                  calculatedAt: string;
                  calculatedBy: string;
                  /** @description what changed since the version before */
                  changes: {
                      after: unknown;
                      before: unknown;
                      path: string;
                    }[];
                  /** @description the rules engine's full request */
                  request: {
                    [key: string]: unknown;
                  };
                  result: {
                    /** @description Whole kroner per year before tax; 0 when not eligible */
                    annualAmount: number;
                    /** @enum {string} */
                    benefit: "old_age" | "rule_85" | "deferred" | "afp_62_65" | "afp_65_67" | "accrual_2020" | "conditional" | "disability" | "spouse" | "child";
                    /** @description Named parts in whole kroner; deductions are negative */
                    components: {
                      [key: string]: number;
                    };
                    date: string;
                    eligible: boolean;
                    /** @description The member's explanation in plain language (request field explain) */
                    explanation?: {
                      /** @description What the pension is based on */
                      basis: string[];
                      /** @description Every condition checked, met or not, in words */
                      conditions: {
                          met: boolean;
                          rule: string;
                          text: string;
                        }[];
                      /** @enum {string} */
                      language: "nb" | "en";
                      /** @description What is not applied, simplified or provisional */
                      notes: string[];
                      /** @description Each step of the calculation with its numbers */
                      steps: string[];
                      /** @description The amount a year and a month, or that there is no right */
                      summary: string;
                      title: string;
                    };
                    /** @description Annual / 12, rounded half up */
                    monthlyAmount: number;
                    /** @description Parameter values used */
                    parameters: {
                      [key: string]: number | string;
                    };
                    /** @description The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which */
                    provisional: boolean;
                    /** @description Why eligible or not, in words */
                    reasons: string[];
                    /** @description Ordered steps; left out when the request says trace: false */
                    trace?: ({
                        inputs: {
                          [key: string]: (number | string | boolean) | null;
                        };
                        rule: string;
                        /** @description The formula in words, with the numbers */
                        text: string;
                        value: (number | string | boolean) | null;
                      })[];
                  };
                  version: number;
                })[];
              /** @description the start the member applied for */
              claimedFrom: string;
              conditions: ({
                  met: boolean;
                  name: string;
                  note: string | null;
                  recordedAt: string;
                  recordedBy: string;
                  /** @enum {string} */
                  source: "rules" | "manual";
                })[];
              deceasedPersonId?: number | null;
              decision: ({
                /** @description kroner per year */
                annualAmount?: number | null;
                approvedAt?: string | null;
                approvedBy?: string | null;
                calculationVersion?: number | null;
                from: string | null;
                gradePct?: number | null;
                /** @description kroner per month */
                monthlyAmount?: number | null;
                /** @enum {string} */
                outcome: "granted" | "refused";
                pensionId?: number | null;
                proposedAt?: string | null;
                proposedBy?: string | null;
                proposedById?: number | null;
                reason?: string | null;
              }) | null;
              /** @description the case type's service target */
              dueDate: string;
              errors: {
                  at: string;
                  by: string;
                  category: string;
                  reason: string;
                }[];
              gradePct?: number | null;
              history: ({
                  action: string;
                  at: string;
                  by: string;
                  comment: string | null;
                  from: string | null;
                  to: string | null;
                })[];
              hold: ({
                /** @description the reminder date has come: back in the queue */
                due: boolean;
                from: string | null;
                reason: string | null;
                until: string | null;
              }) | null;
              id: number;
              note: string | null;
              orgnr: string;
              orgUnit: string;
              overdue: boolean;
              pensionId?: number | null;
              personId: number;
              receivedAt: string;
              servicePeriods: ({
                  addedAt: string;
                  addedBy: string;
                  /** @description kroner per year */
                  annualSalary: number | null;
                  employmentId: number | null;
                  from: string;
                  id: number;
                  /** @enum {string} */
                  kind: "employment" | "transfer";
                  note: string | null;
                  positionPct: number | null;
                  recordedInRegisterBy: string | null;
                  serviceYears: number | null;
                  /** @description 'register', or where a period added by hand comes from */
                  source: string;
                  to: string | null;
                })[];
              /** @enum {string} */
              source: "member" | "employer" | "staff" | "system";
              /** @enum {string} */
              status: "received" | "preparing" | "assessing" | "calculating" | "awaiting_approval" | "decided" | "on_hold" | "withdrawn" | "reopened";
              time: {
                entries: {
                    at: string;
                    by: string;
                    minutes: number;
                    stage: string;
                  }[];
                totalMinutes: number;
              } | null;
              /** @enum {string} */
              type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/settings": {
    /** @description Service target (due date) and queue (org unit) per case type. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              types: ({
                  /** @enum {string} */
                  dueBasis: "received" | "claimed_from";
                  dueDays: number;
                  orgUnit: string;
                  /** @enum {string} */
                  type: "old_age" | "rule_85" | "afp_62_65" | "afp_65_67" | "deferred" | "disability" | "spouse" | "child" | "change" | "stop";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/cases/statistics": {
    /** @description Throughput and quality per week or month, computed from the cases: received, decided, open at the end, median and 90th-percentile lead time (days from received to first decision), minutes per decided case, errors (reopenings) and the error rate (errors / decided). */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
          by?: "week" | "month";
          type?: string | string[];
          unit?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              by: "week" | "month";
              from: string;
              periods: ({
                  decided: number;
                  end: string;
                  /** @description errors / decided */
                  errorRate: number | null;
                  errors: number;
                  leadTimeMedianDays: number | null;
                  leadTimeP90Days: number | null;
                  /** @description minutes registered on the decided cases / decided */
                  minutesPerCase: number | null;
                  /** @description open at the end of the period */
                  open: number;
                  period: string;
                  received: number;
                  start: string;
                })[];
              to: string;
              total: {
                decided: number;
                /** @description errors / decided */
                errorRate: number | null;
                errors: number;
                leadTimeMedianDays: number | null;
                leadTimeP90Days: number | null;
                /** @description minutes registered on the decided cases / decided */
                minutesPerCase: number | null;
                /** @description open at the end of the period */
                open: number;
                received: number;
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/employers": {
    /** @description Employers the caller may see, filtered by name or the start of the organisation number. */
    get: {
      parameters: {
        query?: {
          query?: string;
          limit?: string;
          offset?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              employers: {
                  id: number;
                  memberships: number;
                  name: string;
                  orgnr: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @description organisasjonsnummer, 9 digits */
            orgnr: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: number;
              memberships: number;
              name: string;
              orgnr: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/employers/{id}": {
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: number;
              memberships: number;
              name: string;
              orgnr: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/employers/{id}/members": {
    /** @description The employer's own list of members: persons with an own membership there, with status today, position percentage and first employment day; filtered by status and name, paged by name. Every person returned is written to the access log. */
    get: {
      parameters: {
        query?: {
          status?: "active" | "pensioner" | "former";
          query?: string;
          limit?: number;
          offset?: number;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              members: ({
                  birthDate: string;
                  name: string;
                  nationalIdMasked: string;
                  personId: number;
                  positionPct: number | null;
                  since: string | null;
                  /** @enum {string|null} */
                  status: "active" | "pensioner" | "former" | null;
                })[];
              total: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/employments/{id}": {
    /** @description Corrects an employment period in place (a salary or position percentage recorded wrong) or ends it (endDate; null re-opens it). The old version stays in the history and the audit row keeps the reason. A real change from a date is not a correction: use POST /api/employments/{id}/changes. */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description kroner, at most two decimals */
            annualSalary?: number | null;
            endDate?: string | null;
            /** @description percent, at most two decimals */
            positionPct?: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
              ageLimit: number;
              /** @description kroner per year, full-time equivalent */
              annualSalary: number | null;
              endDate: string | null;
              id: number;
              positionPct: number;
              recordedAt: string;
              recordedBy: string;
              startDate: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/employments/{id}/changes": {
    /** @description A change of position percentage, salary or age limit from a date (lønnsendring, stillingsendring): the period ends the day before validFrom and a new period with the new values starts on validFrom (until the old end date), in one transaction with the audit rows. validFrom must lie inside the period and after its first day: a value wrong from the first day is a correction (PATCH). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            ageLimit?: number;
            /** @description kroner, at most two decimals */
            annualSalary?: number;
            /** @description percent, at most two decimals */
            positionPct?: number;
            reason: string;
            /** @description first day of the new values */
            validFrom: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @description the period as it is now, ending the day before validFrom */
              ended: {
                /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                ageLimit: number;
                /** @description kroner per year, full-time equivalent */
                annualSalary: number | null;
                endDate: string | null;
                id: number;
                positionPct: number;
                recordedAt: string;
                recordedBy: string;
                startDate: string;
              };
              /** @description the new period from validFrom */
              started: {
                /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                ageLimit: number;
                /** @description kroner per year, full-time equivalent */
                annualSalary: number | null;
                endDate: string | null;
                id: number;
                positionPct: number;
                recordedAt: string;
                recordedBy: string;
                startDate: string;
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/health": {
    /** @description ok once the database answers; also says whether this process runs jobs and their queue answers (jobs: off when this process runs none). */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              database: "ok";
              /** @enum {string} */
              jobs: "ok" | "off";
              /** @enum {string} */
              status: "ok";
            };
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": {
              /** @enum {string} */
              database: "ok" | "failing";
              errors: {
                  message: string;
                  path: string;
                }[];
              /** @enum {string} */
              jobs: "ok" | "off" | "failing";
            };
          };
        };
      };
    };
  };
  "/api/letters": {
    /** @description A free letter written by a handler: archived at once, delivered by the next delivery round. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            body: string;
            caseId?: number | null;
            idempotencyKey?: string;
            personId: number;
            /** @default 2 */
            securityClass?: number;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              letterId: number | null;
              orderId: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/{id}/pdf": {
    /** @description The archived letter as sent (PDF/A-2b). */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description the PDF */
        200: {
          content: {
            "application/pdf": unknown;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/{id}/resend": {
    /** @description Resends an undeliverable letter once its address or channel is corrected: a new letter from the same order, delivered by the next round; the old one ends "resent". 409 if it is not undeliverable (also when resent already). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              letterId: number;
              orderId: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/forecast": {
    /** @description Forecast of digital volumes from the growth in mailbox users. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            lettersPerRecipient: number;
            years: {
                digitalShare: number;
                recipients: number;
                year: number;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
                digitalLetters: number;
                letters: number;
                recipients: number;
                withMailbox: number;
                year: number;
              }[];
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/preview": {
    /** @description Renders a letter as it would be sent, without storing or sending it. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            caseId?: number | null;
            data: {
              [key: string]: unknown;
            };
            /**
             * @default nb
             * @enum {string}
             */
            language?: "nb" | "nn" | "en";
            personId: number;
            /** @enum {string} */
            type: "decision" | "payment_notice" | "annual_statement" | "recovery" | "free";
          };
        };
      };
      responses: {
        /** @description the PDF */
        200: {
          content: {
            "application/pdf": unknown;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/print-batches": {
    /** @description Daily print batches, newest first. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
                createdAt: string;
                day: string;
                id: number;
                letters: number;
                manifestChecksum: string;
              }[];
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/print-batches/{id}/zip": {
    /** @description The print batch as handed to the print provider: a ZIP of the PDFs and manifest.json. */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description the ZIP */
        200: {
          content: {
            "application/zip": unknown;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/zip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/zip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/zip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/zip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/savings": {
    /** @description Yearly savings of digital delivery with the fund's own unit costs (contracts/letters.md), from a year's digital letters or planned volumes. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            costs: {
              minuteCost: number;
              postage: number;
              runningCost: number;
              /** @default {} */
              types?: {
                [key: string]: {
                  kroner?: number;
                  minutes?: number;
                  /** @default false */
                  posted?: boolean;
                };
              };
            };
            volumes?: {
              [key: string]: number;
            };
            year?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              net: number;
              rows: {
                  internal: number;
                  letters: number;
                  postage: number;
                  total: number;
                  type: string;
                }[];
              runningCost: number;
              total: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/undeliverable": {
    /** @description Letters that need a handler: paper without a postal address, digital letters being retried. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                attempts: number;
                channel: string | null;
                id: number;
                lastError: string | null;
                personId: number;
                reason: string | null;
                recipientName: string;
                renderedAt: string;
                state: string;
                title: string;
                type: string;
              })[];
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/letters/volumes": {
    /** @description Letters of a year by type and channel, and per month. */
    get: {
      parameters: {
        query: {
          year: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              byType: {
                [key: string]: {
                  digital: number;
                  paper: number;
                };
              };
              monthly: {
                  channel: string;
                  month: number;
                  n: number;
                  type: string;
                }[];
              total: {
                digital: number;
                paper: number;
              };
              year: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/memberships": {
    /** @description Registers a membership: the person's own (kind 'own', the default) or a survivor's (kind 'survivor') at the deceased member's employer and scheme. One person can have both at the same employer and scheme: a survivor who also works there stays an active member. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            employerId: number;
            /**
             * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
             * @enum {string}
             */
            kind?: "own" | "survivor";
            /** @description instead of personId: enrols the person with this number (how a new employee is enrolled) */
            nationalId?: string;
            /** @description the person's id; a writer limited to some employers: only a person they already reach */
            personId?: number;
            schemeCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              employer: {
                id: number;
                name: string;
                orgnr: string;
              };
              employments: ({
                  /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                  ageLimit: number;
                  /** @description kroner per year, full-time equivalent */
                  annualSalary: number | null;
                  endDate: string | null;
                  id: number;
                  positionPct: number;
                  recordedAt: string;
                  recordedBy: string;
                  startDate: string;
                })[];
              id: number;
              /**
               * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
               * @enum {string}
               */
              kind: "own" | "survivor";
              pensions: ({
                  /** @description kroner per year */
                  annualAmount: number | null;
                  /** @enum {string} */
                  benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
                  /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
                  deceasedPersonId: number | null;
                  endDate: string | null;
                  gradePct: number | null;
                  id: number;
                  recordedAt: string;
                  recordedBy: string;
                  startDate: string;
                })[];
              personId: number;
              scheme: {
                code: string;
                name: string;
                providerCode: string;
              };
              /**
               * @description status today, by the contract
               * @enum {string|null}
               */
              status: "active" | "pensioner" | "former" | null;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/memberships/{id}": {
    /** @description A membership with its periods, pensions and status today. 404 for one at an employer outside the caller's employers, as for an unknown id. */
    get: {
      parameters: {
        query?: {
          purpose?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              employer: {
                id: number;
                name: string;
                orgnr: string;
              };
              employments: ({
                  /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                  ageLimit: number;
                  /** @description kroner per year, full-time equivalent */
                  annualSalary: number | null;
                  endDate: string | null;
                  id: number;
                  positionPct: number;
                  recordedAt: string;
                  recordedBy: string;
                  startDate: string;
                })[];
              id: number;
              /**
               * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
               * @enum {string}
               */
              kind: "own" | "survivor";
              pensions: ({
                  /** @description kroner per year */
                  annualAmount: number | null;
                  /** @enum {string} */
                  benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
                  /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
                  deceasedPersonId: number | null;
                  endDate: string | null;
                  gradePct: number | null;
                  id: number;
                  recordedAt: string;
                  recordedBy: string;
                  startDate: string;
                })[];
              personId: number;
              scheme: {
                code: string;
                name: string;
                providerCode: string;
              };
              /**
               * @description status today, by the contract
               * @enum {string|null}
               */
              status: "active" | "pensioner" | "former" | null;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/memberships/{id}/employments": {
    /** @description Adds an employment period to a membership of kind 'own' (a survivor's membership has none). Periods of one membership must not overlap. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            ageLimit?: number;
            /** @description kroner, at most two decimals */
            annualSalary?: number | null;
            /** @description last day employed; empty while it lasts */
            endDate?: string | null;
            /** @description percent, at most two decimals */
            positionPct: number;
            startDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
              ageLimit: number;
              /** @description kroner per year, full-time equivalent */
              annualSalary: number | null;
              endDate: string | null;
              id: number;
              positionPct: number;
              recordedAt: string;
              recordedBy: string;
              startDate: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/memberships/{id}/pensions": {
    /** @description Adds a pension in payment. A survivor's pension (spouse, child) goes on a membership of kind 'survivor', every other benefit on one of kind 'own'. Two pensions of the same benefit must not run at the same time. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description kroner, at most two decimals */
            annualAmount: number;
            /** @enum {string} */
            benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
            /** @description a survivor's pension: the member who died — recorded as dead before startDate, with an own membership in the same scheme at the same employer */
            deceasedPersonId?: number | null;
            endDate?: string | null;
            /** @description percent, at most two decimals */
            gradePct?: number | null;
            startDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @description kroner per year */
              annualAmount: number | null;
              /** @enum {string} */
              benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
              /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
              deceasedPersonId: number | null;
              endDate: string | null;
              gradePct: number | null;
              id: number;
              recordedAt: string;
              recordedBy: string;
              startDate: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/meta": {
    /** @description The environment the UI runs in (a training environment shows a banner on every page). */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              environment: "production" | "training";
              version: string;
            };
          };
        };
      };
    };
  };
  "/api/ops/backup": {
    /** @description A consistent copy of the embedded database (gzipped tar), for `kassa backup` on this machine: needs the header x-kassa-local-secret from the data folder’s kassa-process.json. */
    post: {
      responses: {
        /** @description the backup */
        200: {
          content: {
            "application/gzip": unknown;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/gzip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/gzip": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/ops/jobs": {
    /** @description Jobs, newest first, optionally of one queue and in one state (failed: with their error). */
    get: {
      parameters: {
        query?: {
          queue?: string;
          state?: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              jobs: ({
                  attempt: number;
                  completedAt: string | null;
                  createdAt: string;
                  data: unknown;
                  error: string | null;
                  id: string;
                  queue: string;
                  retryLimit: number;
                  startAfter: string;
                  startedAt: string | null;
                  /** @enum {string} */
                  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/ops/jobs/{queue}/{id}/retry": {
    /** @description Runs a failed job again. */
    post: {
      parameters: {
        path: {
          queue: string;
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              job: {
                attempt: number;
                completedAt: string | null;
                createdAt: string;
                data: unknown;
                error: string | null;
                id: string;
                queue: string;
                retryLimit: number;
                startAfter: string;
                startedAt: string | null;
                /** @enum {string} */
                state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/ops/jobs/counts": {
    /** @description How many jobs each queue has in each state. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              counts: ({
                  count: number;
                  queue: string;
                  /** @enum {string} */
                  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/ops/schedules": {
    /** @description The configured schedules with their next run (KASSA_SCHEDULE_*). */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              schedules: {
                  cron: string;
                  handled: boolean;
                  name: string;
                  nextRun: string;
                  timezone: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/claims": {
    /** @description Recovery claims (money paid after a death) not written off, with what is recovered so far. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  /** @description What the estate is asked to repay: the net it received (kroner) */
                  amount: number;
                  debtorPersonId: number;
                  firstMonth: string;
                  /** @description Gross of the payments after the death (kroner; null on claims before tax correction) */
                  gross: number | null;
                  id: number;
                  instalment: number | null;
                  lastMonth: string;
                  name: string;
                  personId: number;
                  recovered: number;
                  status: string;
                  /** @description Tax withheld from them: not claimed from the estate, corrected in the withholding report */
                  withholding: number | null;
                  writeOffApprovedBy: string | null;
                  writeOffBy: string | null;
                  writeOffReason: string | null;
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/claims/{id}/instalments": {
    /** @description Settle a claim by monthly instalments deducted from the debtor’s payments (kroner). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            debtorPersonId?: number;
            instalment: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/claims/{id}/write-off": {
    /** @description Propose writing a claim off, with the reason; another user approves. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/claims/{id}/write-off/approve": {
    /** @description Approve a proposed write-off (four eyes: not the user who proposed it). */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/g-values": {
    /** @description G values recorded in Kassa (a recorded, approved G wins over the built-in table from its date). */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  approvedBy: string | null;
                  enteredBy: string;
                  from: string;
                  g: number;
                  pensionFactor: string | null;
                  source: string;
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Enter a new G and the pension factor from a date; takes effect when another administrator approves. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            from: string;
            g: number;
            pensionFactor: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/g-values/approve": {
    /** @description Approve the G entered for a date (four eyes: another administrator). */
    post: {
      requestBody: {
        content: {
          "application/json": {
            from: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/persons/{id}": {
    /** @description A person's payments with lines, withholding, back-pay, held months and claims (access-logged). */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              claims: ({
                  /** @description What the estate is asked to repay: the net it received (kroner) */
                  amount: number;
                  firstMonth: string;
                  /** @description Gross of the payments after the death (kroner; null on claims before tax correction) */
                  gross: number | null;
                  id: number;
                  lastMonth: string;
                  remaining: number;
                  status: string;
                  /** @description Tax withheld from them: not claimed from the estate, corrected in the withholding report */
                  withholding: number | null;
                })[];
              holds: {
                  gross: number;
                  month: string;
                  reason: string;
                }[];
              payments: ({
                  accountNumber: string;
                  bankReason: string | null;
                  bankStatus: string | null;
                  deduction: number;
                  gross: number;
                  lines: {
                      backPay: boolean;
                      benefit: string;
                      forMonth: string;
                      gross: number;
                      pensionId: number;
                    }[];
                  month: string;
                  net: number;
                  payDate: string;
                  reissued: number;
                  taxBasis: string;
                  withholding: number;
                })[];
              person: {
                accountNumber: string | null;
                deathDate: string | null;
                id: number;
                name: string;
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/regulations": {
    /** @description Regulate every pension running on the date with the approved G and factor recorded for it. With dryRun: the totals and the largest changes per benefit, nothing written. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @default true */
            dryRun?: boolean;
            from: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              after: number;
              alreadyRegulated: boolean;
              before: number;
              benefits?: {
                [key: string]: {
                  after: number;
                  before: number;
                  largest: {
                      after: number;
                      before: number;
                      pensionId: number;
                      personId: number;
                    }[];
                  pensions: number;
                };
              };
              dryRun: boolean;
              from: string;
              g: number;
              gBefore: number;
              gFactor: string;
              pensionFactor: string;
              pensions: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/rejected": {
    /** @description Payments the bank rejected, not yet sent again. Each is sent again by the next run once the account is corrected. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  accountCorrected: boolean;
                  currentAccount: string | null;
                  month: string;
                  name: string;
                  net: number;
                  personId: number;
                  reason: string | null;
                  rejectedAccount: string;
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/payments/runs": {
    /** @description The latest payment runs with their totals (kroner), accounting entries and reconciliation. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              runs: {
                  backPay: number;
                  createdAt: string;
                  createdBy: string;
                  deductions: number;
                  defaultTax: number;
                  entries: {
                      account: string;
                      credit: number;
                      debit: number;
                    }[];
                  fileWritten: boolean;
                  gross: number;
                  heldGross: number;
                  id: number;
                  missingAccount: number;
                  month: string;
                  net: number;
                  payDate: string;
                  payments: number;
                  reconciliation: {
                    credit: number;
                    debit: number;
                    entriesBalance: boolean;
                    paymentsMatch: boolean;
                  };
                  reissued: number;
                  transactions: number;
                  withholding: number;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Pays a month (as `kassa pay --month`): exactly once; a month already paid answers its totals with alreadyPaid. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            month: string;
            payDate?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              alreadyPaid: boolean;
              backPay: number;
              deductions: number;
              defaultTax: number;
              file: string;
              gross: number;
              missingAccount: number;
              month: string;
              net: number;
              payDate: string;
              payments: number;
              reissued: number;
              runId: number;
              transactions: number;
              withholding: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/pensions/{id}": {
    /** @description Ends a pension (or re-opens it with endDate null). */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            endDate: string | null;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description kroner per year */
              annualAmount: number | null;
              /** @enum {string} */
              benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
              /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
              deceasedPersonId: number | null;
              endDate: string | null;
              gradePct: number | null;
              id: number;
              recordedAt: string;
              recordedBy: string;
              startDate: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons": {
    /** @description Registers a person. The birth date, when given, must agree with the number. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            accountNumber?: string | null;
            address?: string | null;
            birthDate?: string;
            name: string;
            /** @description fødselsnummer or D-number, 11 digits */
            nationalId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              accountNumber: string | null;
              address: string | null;
              birthDate: string;
              deathDate: string | null;
              id: number;
              memberships: ({
                  employer: {
                    id: number;
                    name: string;
                    orgnr: string;
                  };
                  employments: ({
                      /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                      ageLimit: number;
                      /** @description kroner per year, full-time equivalent */
                      annualSalary: number | null;
                      endDate: string | null;
                      id: number;
                      positionPct: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  id: number;
                  /**
                   * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
                   * @enum {string}
                   */
                  kind: "own" | "survivor";
                  pensions: ({
                      /** @description kroner per year */
                      annualAmount: number | null;
                      /** @enum {string} */
                      benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
                      /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
                      deceasedPersonId: number | null;
                      endDate: string | null;
                      gradePct: number | null;
                      id: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  personId: number;
                  scheme: {
                    code: string;
                    name: string;
                    providerCode: string;
                  };
                  /**
                   * @description status today, by the contract
                   * @enum {string|null}
                   */
                  status: "active" | "pensioner" | "former" | null;
                })[];
              name: string;
              nationalId: string;
              recordedAt: string;
              recordedBy: string;
              validFrom: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/{id}": {
    /** @description A person with the memberships the caller may see. The read goes to the person's access log. 404 for a person without a membership at the caller's employers, as for an unknown id. */
    get: {
      parameters: {
        query?: {
          purpose?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              accountNumber: string | null;
              address: string | null;
              birthDate: string;
              deathDate: string | null;
              id: number;
              memberships: ({
                  employer: {
                    id: number;
                    name: string;
                    orgnr: string;
                  };
                  employments: ({
                      /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                      ageLimit: number;
                      /** @description kroner per year, full-time equivalent */
                      annualSalary: number | null;
                      endDate: string | null;
                      id: number;
                      positionPct: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  id: number;
                  /**
                   * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
                   * @enum {string}
                   */
                  kind: "own" | "survivor";
                  pensions: ({
                      /** @description kroner per year */
                      annualAmount: number | null;
                      /** @enum {string} */
                      benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
                      /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
                      deceasedPersonId: number | null;
                      endDate: string | null;
                      gradePct: number | null;
                      id: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  personId: number;
                  scheme: {
                    code: string;
                    name: string;
                    providerCode: string;
                  };
                  /**
                   * @description status today, by the contract
                   * @enum {string|null}
                   */
                  status: "active" | "pensioner" | "former" | null;
                })[];
              name: string;
              nationalId: string;
              recordedAt: string;
              recordedBy: string;
              validFrom: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Changes a person. The old version is kept in the history; the audit log records who, when and why. */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            accountNumber?: string | null;
            address?: string | null;
            deathDate?: string | null;
            name?: string;
            reason: string;
            /** @description when the new values take effect */
            validFrom: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              accountNumber: string | null;
              address: string | null;
              birthDate: string;
              deathDate: string | null;
              id: number;
              memberships: ({
                  employer: {
                    id: number;
                    name: string;
                    orgnr: string;
                  };
                  employments: ({
                      /** @description særaldersgrense: 70, 68, 65, 63 or 60 */
                      ageLimit: number;
                      /** @description kroner per year, full-time equivalent */
                      annualSalary: number | null;
                      endDate: string | null;
                      id: number;
                      positionPct: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  id: number;
                  /**
                   * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
                   * @enum {string}
                   */
                  kind: "own" | "survivor";
                  pensions: ({
                      /** @description kroner per year */
                      annualAmount: number | null;
                      /** @enum {string} */
                      benefit: "rule_85" | "afp_62_65" | "afp_65_67" | "old_age" | "spouse" | "child" | "disability";
                      /** @description a survivor's pension: the member who died (null when not known, as after a migration) */
                      deceasedPersonId: number | null;
                      endDate: string | null;
                      gradePct: number | null;
                      id: number;
                      recordedAt: string;
                      recordedBy: string;
                      startDate: string;
                    })[];
                  personId: number;
                  scheme: {
                    code: string;
                    name: string;
                    providerCode: string;
                  };
                  /**
                   * @description status today, by the contract
                   * @enum {string|null}
                   */
                  status: "active" | "pensioner" | "former" | null;
                })[];
              name: string;
              nationalId: string;
              recordedAt: string;
              recordedBy: string;
              validFrom: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/{id}/access-log": {
    /** @description Who looked at this person's data, when and why. Newest first. */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              entries: {
                  actor: string;
                  at: string;
                  purpose: string;
                  what: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/{id}/history": {
    /** @description What changed in the person and their memberships, periods and pensions: when, by whom, from what to what. Newest first. */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              changes: ({
                  /** @enum {string} */
                  action: "created" | "changed" | "ended" | "deleted";
                  at: string;
                  by: string;
                  /** @enum {string} */
                  entity: "person" | "membership" | "employment" | "pension";
                  entityId: number;
                  fields: ({
                      field: string;
                      from: (string | number) | null;
                      to: (string | number) | null;
                    })[];
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/{id}/letter-preference": {
    /** @description The member's own registered choice: paper (true) wins over the contact register. */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            paper: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              paper: boolean;
              personId: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/{id}/letters": {
    /** @description A person's letters, newest first, with channel, delivery state and receipts. */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                attempts: number;
                caseId: number | null;
                /** @enum {string|null} */
                channel: "digital" | "paper" | null;
                checksum: string;
                id: number;
                lastError: string | null;
                pages: number;
                printBatchId: number | null;
                reason: string | null;
                receipts: ({
                    at: string;
                    detail: string | null;
                    kind: string;
                  })[];
                renderedAt: string;
                securityClass: number;
                sentAt: string | null;
                state: string;
                title: string;
                type: string;
              })[];
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/persons/search": {
    /** @description Member search. An 11-digit query finds the person with that national identity number; any other query finds persons whose name contains every word and, when it holds a birth date (12.03.1958 or 1958-03-12), who were born that day; best match first, paged by limit and offset. The number goes in the body, never in the URL. Every person returned is written to the access log. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            limit?: number;
            /** @description hits to skip: the next page */
            offset?: number;
            purpose?: string;
            query: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description more than 200 matched: narrow the search */
              capped: boolean;
              results: ({
                  birthDate: string;
                  deathDate: string | null;
                  id: number;
                  /** @description the memberships in the caller's scope, to tell namesakes apart */
                  memberships: ({
                      employer: string;
                      /**
                       * @description 'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)
                       * @enum {string}
                       */
                      kind: "own" | "survivor";
                      /** @enum {string|null} */
                      status: "active" | "pensioner" | "former" | null;
                    })[];
                  name: string;
                  nationalIdMasked: string;
                })[];
              /** @description matches found, counted up to 200 */
              total: number;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/reports/key-figures": {
    /** @description Key figures for a date and one year earlier (shared/contracts/key-figures.md). Employer users get their own employers and the totals. */
    get: {
      parameters: {
        query: {
          /** @description reporting date, usually 31 December */
          date: string;
          /** @description limit the rows to this employer */
          employer?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              afpTakeUp: {
                byAge: {
                  [key: string]: {
                    active: number;
                    /** @description active members of that age + AFP drawers of that age */
                    denominator: number;
                    drawing: number;
                    /** @description percent 0–100, null when the denominator is 0 */
                    takeUp: number | null;
                  };
                };
                drawers: number;
                fullAfp: number;
                /** @description percent 0–100, null when the denominator is 0 */
                fullAfpShare: number | null;
              };
              ageDistributionOfActives: {
                bands: string[];
                byProvider: {
                  [key: string]: {
                    [key: string]: number;
                  };
                };
              };
              bornFrom1963ByProvider: {
                [key: string]: {
                  active: number;
                  members: number;
                };
              };
              comparison: {
                byEmployer: {
                  [key: string]: {
                    averageAge: {
                      actives: number | null;
                      disabled: number | null;
                      former: number | null;
                      oldAge: number | null;
                      spouse: number | null;
                    };
                    averageAgeAtFirstDrawing: {
                      afp: number | null;
                      disability: number | null;
                      old_age: number | null;
                      rule_85: number | null;
                    };
                    averageDisabilityGrade: number | null;
                    /** @description mean position percentage of active members */
                    averagePartTimePct: number | null;
                    /** @description disabled / (active + disabled) memberships */
                    disabilityShare: number | null;
                    disabled: number;
                    memberships: {
                      active: number;
                      former: number;
                      pensioners: number;
                      total: number;
                    };
                  };
                };
                /** @description the whole fund, every employer */
                fund: {
                  averageAge: {
                    actives: number | null;
                    disabled: number | null;
                    former: number | null;
                    oldAge: number | null;
                    spouse: number | null;
                  };
                  averageAgeAtFirstDrawing: {
                    afp: number | null;
                    disability: number | null;
                    old_age: number | null;
                    rule_85: number | null;
                  };
                  averageDisabilityGrade: number | null;
                  /** @description mean position percentage of active members */
                  averagePartTimePct: number | null;
                  /** @description disabled / (active + disabled) memberships */
                  disabilityShare: number | null;
                  disabled: number;
                  memberships: {
                    active: number;
                    former: number;
                    pensioners: number;
                    total: number;
                  };
                };
                /** @description the rows in scope together */
                total: {
                  averageAge: {
                    actives: number | null;
                    disabled: number | null;
                    former: number | null;
                    oldAge: number | null;
                    spouse: number | null;
                  };
                  averageAgeAtFirstDrawing: {
                    afp: number | null;
                    disability: number | null;
                    old_age: number | null;
                    rule_85: number | null;
                  };
                  averageDisabilityGrade: number | null;
                  /** @description mean position percentage of active members */
                  averagePartTimePct: number | null;
                  /** @description disabled / (active + disabled) memberships */
                  disabilityShare: number | null;
                  disabled: number;
                  memberships: {
                    active: number;
                    former: number;
                    pensioners: number;
                    total: number;
                  };
                };
              };
              date: string;
              disability: {
                active: number;
                averageGrade: number | null;
                /** @description percent 0–100, null when the denominator is 0 */
                disabilityShare: number | null;
                disabled: number;
              };
              disabilityByGrade: {
                "<20": number;
                "20-39": number;
                "40-59": number;
                "60-79": number;
                "80-99": number;
                100: number;
              };
              /** @description orgnr → name, employers in scope */
              employers: {
                [key: string]: string;
              };
              enrolment: {
                byEmployer: {
                  [key: string]: {
                    enrolled: number;
                    /** @enum {string|null} */
                    notEnrolled: null;
                  };
                };
                byProvider: {
                  [key: string]: {
                    enrolled: number;
                    /** @enum {string|null} */
                    notEnrolled: null;
                  };
                };
              };
              finance: {
                [key: string]: {
                  [key: string]: {
                    pensionCost: number;
                    premium: number;
                    premiumReserve: number;
                  };
                };
              };
              financeTotals: {
                byEmployer: {
                  [key: string]: {
                    pensionCost: number;
                    premium: number;
                    premiumReserve: number;
                  };
                };
                byProvider: {
                  [key: string]: {
                    pensionCost: number;
                    premium: number;
                    premiumReserve: number;
                  };
                };
                total: {
                  pensionCost: number;
                  premium: number;
                  premiumReserve: number;
                };
              };
              financeYear: number;
              membershipsByEmployer: {
                [key: string]: {
                  active: number;
                  change: {
                    active: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    former: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    pensioners: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    total: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                  };
                  former: number;
                  pensioners: number;
                  previous: {
                    active: number;
                    former: number;
                    pensioners: number;
                    total: number;
                  };
                  shares: {
                    /** @description percent 0–100, null when the denominator is 0 */
                    active: number | null;
                    /** @description percent 0–100, null when the denominator is 0 */
                    former: number | null;
                    /** @description percent 0–100, null when the denominator is 0 */
                    pensioners: number | null;
                  };
                  total: number;
                };
              };
              membershipsByProvider: {
                [key: string]: {
                  active: number;
                  change: {
                    active: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    former: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    pensioners: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                    total: {
                      number: number;
                      /** @description percent 0–100, null when the denominator is 0 */
                      percent: number | null;
                    };
                  };
                  former: number;
                  pensioners: number;
                  previous: {
                    active: number;
                    former: number;
                    pensioners: number;
                    total: number;
                  };
                  shares: {
                    /** @description percent 0–100, null when the denominator is 0 */
                    active: number | null;
                    /** @description percent 0–100, null when the denominator is 0 */
                    former: number | null;
                    /** @description percent 0–100, null when the denominator is 0 */
                    pensioners: number | null;
                  };
                  total: number;
                };
              };
              notes: string[];
              pensionsByType: {
                change: {
                  [key: string]: {
                    number: number;
                    /** @description percent 0–100, null when the denominator is 0 */
                    percent: number | null;
                  };
                };
                current: {
                  afp_62_65: number;
                  afp_65_67: number;
                  child: number;
                  disability: number;
                  old_age: number;
                  rule_85: number;
                  spouse: number;
                  total: number;
                };
                previous: {
                  afp_62_65: number;
                  afp_65_67: number;
                  child: number;
                  disability: number;
                  old_age: number;
                  rule_85: number;
                  spouse: number;
                  total: number;
                };
              };
              pensionsByTypeProviderEmployer: {
                [key: string]: {
                  [key: string]: {
                    [key: string]: number;
                  };
                };
              };
              previousDate: string;
              /** @description provider code → name */
              providers: {
                [key: string]: string;
              };
              scope: {
                /** @description organisation numbers the rows are limited to; null = all */
                employers: string[] | null;
              };
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/reports/key-figures/download": {
    /** @description The key-figures report as a file: pdf, html, csv or xlsx, in bokmål (nokkeltall-DATE.pdf) or with lang=en in English (key-figures-DATE.pdf). */
    get: {
      parameters: {
        query: {
          /** @description reporting date, usually 31 December */
          date: string;
          /** @description limit the rows to this employer */
          employer?: string;
          format: "pdf" | "html" | "csv" | "xlsx";
          /** @description language of headings, notes and file name: nb (bokmål, the default) or en */
          lang?: "nb" | "en";
        };
      };
      responses: {
        /** @description the file */
        200: {
          content: {
            "application/pdf": unknown;
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
            "text/csv": unknown;
            "text/html": unknown;
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/csv": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/html": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/csv": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/html": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/csv": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/html": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/pdf": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/csv": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
            "text/html": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/roles": {
    /** @description The role gallery: every role, what it may do, who holds it (active users), which are empty. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              roles: ({
                  empty: boolean;
                  holders: ({
                      displayName: string;
                      orgnr: string | null;
                      orgUnit: string | null;
                      userId: number;
                      username: string;
                    })[];
                  permissions: ("person:read" | "person:write" | "register:read" | "register:write" | "register:import" | "calc:run" | "report:key-figures" | "audit:read" | "user:admin" | "case:read" | "case:create" | "case:handle" | "case:approve" | "case:statistics" | "payment:read" | "payment:run" | "parameter:write" | "letter:read" | "letter:send" | "ops:admin")[];
                  /** @enum {string} */
                  role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/schemes": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              schemes: {
                  code: string;
                  name: string;
                  providerCode: string;
                  providerName: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/users": {
    /** @description Staff users with their role grants. */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              users: ({
                  active: boolean;
                  displayName: string;
                  /** @description signs in through an external OpenID Connect issuer */
                  external: boolean;
                  id: number;
                  roles: ({
                      id: number;
                      orgnr: string | null;
                      orgUnit: string | null;
                      /** @enum {string} */
                      role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                    })[];
                  username: string;
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Adds a staff user: a password (built-in sign-in) or an externalSubject (OpenID Connect), and roles. */
    post: {
      requestBody: {
        content: {
          "application/json": {
            displayName: string;
            /** @description `sub` from the external IdP */
            externalSubject?: string;
            password?: string;
            /** @description why: kept in the audit log */
            reason?: string;
            roles: ({
                /** @description limit the role to this employer (organisasjonsnummer) */
                orgnr?: string;
                /** @description organisation unit (e.g. a department) */
                orgUnit?: string;
                /** @enum {string} */
                role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
              })[];
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              active: boolean;
              displayName: string;
              /** @description signs in through an external OpenID Connect issuer */
              external: boolean;
              id: number;
              roles: ({
                  id: number;
                  orgnr: string | null;
                  orgUnit: string | null;
                  /** @enum {string} */
                  role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                })[];
              username: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/users/{id}": {
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              active: boolean;
              displayName: string;
              /** @description signs in through an external OpenID Connect issuer */
              external: boolean;
              id: number;
              roles: ({
                  id: number;
                  orgnr: string | null;
                  orgUnit: string | null;
                  /** @enum {string} */
                  role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                })[];
              username: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
    /** @description Changes the display name or password, or (de)activates the user from the next request. */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            displayName?: string;
            password?: string;
            /** @description why: kept in the audit log */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              active: boolean;
              displayName: string;
              /** @description signs in through an external OpenID Connect issuer */
              external: boolean;
              id: number;
              roles: ({
                  id: number;
                  orgnr: string | null;
                  orgUnit: string | null;
                  /** @enum {string} */
                  role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                })[];
              username: string;
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/users/{id}/role-history": {
    /** @description Current and revoked role grants of a user, with who revoked each and why. */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              history: ({
                  grantedAt: string;
                  grantedBy: string;
                  id: number;
                  orgnr: string | null;
                  orgUnit: string | null;
                  revokedAt: string | null;
                  revokedBy: string | null;
                  revokeReason: string | null;
                  /** @enum {string} */
                  role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
                })[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/users/{id}/roles": {
    /** @description Grants a role, optionally limited to an employer or organisation unit. */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description limit the role to this employer (organisasjonsnummer) */
            orgnr?: string;
            /** @description organisation unit (e.g. a department) */
            orgUnit?: string;
            /** @description why: kept in the audit log */
            reason: string;
            /** @enum {string} */
            role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: number;
              orgnr: string | null;
              orgUnit: string | null;
              /** @enum {string} */
              role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        409: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/users/{id}/roles/{roleId}": {
    /** @description Revokes a role grant (kept in the role history). The reason goes in the body or the query. */
    delete: {
      parameters: {
        query?: {
          /** @description why: kept in the audit log */
          reason?: string;
        };
        path: {
          id: string;
          roleId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description why: kept in the audit log */
            reason?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: number;
              orgnr: string | null;
              orgUnit: string | null;
              /** @enum {string} */
              role: "customer_handler" | "preparer" | "case_handler" | "approver" | "line_manager" | "benefits_owner" | "employer" | "member" | "data_consumer" | "payments_officer" | "admin";
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        400: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        401: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        403: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
        /** @description A list of problems, each with the path of the field it concerns */
        404: {
          content: {
            "application/json": {
              errors: {
                  message: string;
                  path: string;
                }[];
            };
          };
        };
      };
    };
  };
};

export type webhooks = Record<string, never>;

export type components = {
  schemas: {
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;
