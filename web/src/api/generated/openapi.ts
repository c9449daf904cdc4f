/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the route schemas in src/modules, then run `npm run generate:api`.
 * `npm run check` fails when this file is out of date.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description Email address
             */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              next: 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';
              csrfToken: string;
              session?: {
                user: {
                  id: string;
                  name: string;
                  email: string;
                  twoFactorEnabled: boolean;
                };
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
                activeMembershipId: string | null;
                csrfToken: string;
                /**
                 * Format: date-time
                 * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
                 */
                idleExpiresAt: string;
                /**
                 * Format: date-time
                 * @description When the session ends whatever happens
                 */
                absoluteExpiresAt: string;
                /** @description How many seconds before idleExpiresAt the browser should warn */
                warningSeconds: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                name: string;
                email: string;
                twoFactorEnabled: boolean;
              };
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
              activeMembershipId: string | null;
              csrfToken: string;
              /**
               * Format: date-time
               * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
               */
              idleExpiresAt: string;
              /**
               * Format: date-time
               * @description When the session ends whatever happens
               */
              absoluteExpiresAt: string;
              /** @description How many seconds before idleExpiresAt the browser should warn */
              warningSeconds: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                name: string;
                email: string;
                twoFactorEnabled: boolean;
              };
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
              activeMembershipId: string | null;
              csrfToken: string;
              /**
               * Format: date-time
               * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
               */
              idleExpiresAt: string;
              /**
               * Format: date-time
               * @description When the session ends whatever happens
               */
              absoluteExpiresAt: string;
              /** @description How many seconds before idleExpiresAt the browser should warn */
              warningSeconds: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 6-digit authenticator code or a recovery code */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              next: 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';
              csrfToken: string;
              session?: {
                user: {
                  id: string;
                  name: string;
                  email: string;
                  twoFactorEnabled: boolean;
                };
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
                activeMembershipId: string | null;
                csrfToken: string;
                /**
                 * Format: date-time
                 * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
                 */
                idleExpiresAt: string;
                /**
                 * Format: date-time
                 * @description When the session ends whatever happens
                 */
                absoluteExpiresAt: string;
                /** @description How many seconds before idleExpiresAt the browser should warn */
                warningSeconds: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              next: 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';
              csrfToken: string;
              session?: {
                user: {
                  id: string;
                  name: string;
                  email: string;
                  twoFactorEnabled: boolean;
                };
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
                activeMembershipId: string | null;
                csrfToken: string;
                /**
                 * Format: date-time
                 * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
                 */
                idleExpiresAt: string;
                /**
                 * Format: date-time
                 * @description When the session ends whatever happens
                 */
                absoluteExpiresAt: string;
                /** @description How many seconds before idleExpiresAt the browser should warn */
                warningSeconds: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/two-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              otpauthUrl: string;
              qrCodeDataUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/two-factor/enrolment/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 6-digit code from the new authenticator */
            code: string;
            /** @description Required when replacing the authenticator of a signed-in account */
            currentPassword?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
              next: 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';
              csrfToken: string;
              session?: {
                user: {
                  id: string;
                  name: string;
                  email: string;
                  twoFactorEnabled: boolean;
                };
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
                activeMembershipId: string | null;
                csrfToken: string;
                /**
                 * Format: date-time
                 * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
                 */
                idleExpiresAt: string;
                /**
                 * Format: date-time
                 * @description When the session ends whatever happens
                 */
                absoluteExpiresAt: string;
                /** @description How many seconds before idleExpiresAt the browser should warn */
                warningSeconds: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/active-membership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            membershipId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                name: string;
                email: string;
                twoFactorEnabled: boolean;
              };
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
              activeMembershipId: string | null;
              csrfToken: string;
              /**
               * Format: date-time
               * @description When the session ends unless there is activity first (the idle end, or the absolute end if sooner)
               */
              idleExpiresAt: string;
              /**
               * Format: date-time
               * @description When the session ends whatever happens
               */
              absoluteExpiresAt: string;
              /** @description How many seconds before idleExpiresAt the browser should warn */
              warningSeconds: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
          page?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                email: string;
                active: boolean;
                twoFactorEnabled: boolean;
                lockedUntil: string | null;
                lastSignInAt: string | null;
                createdAt: string;
                deactivatedReason: string | null;
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: email */
            email: string;
            memberships: {
              /**
               * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
               * @enum {unknown}
               */
              role:
                | 'administrator'
                | 'scheme_manager'
                | 'supervisor'
                | 'link_worker'
                | 'referrer'
                | 'community_org_user'
                | 'commissioner';
              schemeSlug?: string;
              /** Format: uuid */
              organisationId?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                name: string;
                email: string;
                active: boolean;
                twoFactorEnabled: boolean;
                lockedUntil: string | null;
                lastSignInAt: string | null;
                createdAt: string;
                deactivatedReason: string | null;
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
              };
              oneTimePassword: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              active: boolean;
              twoFactorEnabled: boolean;
              lockedUntil: string | null;
              lastSignInAt: string | null;
              createdAt: string;
              deactivatedReason: string | null;
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              active: boolean;
              twoFactorEnabled: boolean;
              lockedUntil: string | null;
              lastSignInAt: string | null;
              createdAt: string;
              deactivatedReason: string | null;
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              active: boolean;
              twoFactorEnabled: boolean;
              lockedUntil: string | null;
              lastSignInAt: string | null;
              createdAt: string;
              deactivatedReason: string | null;
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reset-two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              active: boolean;
              twoFactorEnabled: boolean;
              lockedUntil: string | null;
              lastSignInAt: string | null;
              createdAt: string;
              deactivatedReason: string | null;
              memberships: {
                id: string;
                /**
                 * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                 * @enum {unknown}
                 */
                role:
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner';
                scheme: {
                  id: string;
                  slug: string;
                  name: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                  /** @enum {unknown} */
                  type: 'scheme' | 'gp_practice' | 'community_organisation';
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                name: string;
                email: string;
                active: boolean;
                twoFactorEnabled: boolean;
                lockedUntil: string | null;
                lastSignInAt: string | null;
                createdAt: string;
                deactivatedReason: string | null;
                memberships: {
                  id: string;
                  /**
                   * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
                   * @enum {unknown}
                   */
                  role:
                    | 'administrator'
                    | 'scheme_manager'
                    | 'supervisor'
                    | 'link_worker'
                    | 'referrer'
                    | 'community_org_user'
                    | 'commissioner';
                  scheme: {
                    id: string;
                    slug: string;
                    name: string;
                  } | null;
                  organisation: {
                    id: string;
                    name: string;
                    /** @enum {unknown} */
                    type: 'scheme' | 'gp_practice' | 'community_organisation';
                  } | null;
                }[];
              };
              oneTimePassword: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
             * @enum {unknown}
             */
            role:
              | 'administrator'
              | 'scheme_manager'
              | 'supervisor'
              | 'link_worker'
              | 'referrer'
              | 'community_org_user'
              | 'commissioner';
            schemeSlug?: string;
            /** Format: uuid */
            organisationId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /**
               * @description administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)
               * @enum {unknown}
               */
              role:
                | 'administrator'
                | 'scheme_manager'
                | 'supervisor'
                | 'link_worker'
                | 'referrer'
                | 'community_org_user'
                | 'commissioner';
              scheme: {
                id: string;
                slug: string;
                name: string;
              } | null;
              organisation: {
                id: string;
                name: string;
                /** @enum {unknown} */
                type: 'scheme' | 'gp_practice' | 'community_organisation';
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/memberships/{membershipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          membershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organisations/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          type?: 'scheme' | 'gp_practice' | 'community_organisation';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {unknown} */
                type: 'scheme' | 'gp_practice' | 'community_organisation';
                name: string;
                slug: string | null;
                odsCode: string | null;
                active: boolean;
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            type: 'scheme' | 'gp_practice' | 'community_organisation';
            name: string;
            /** @description Schemes only: short lowercase name used in URLs and the CLI, e.g. "north-leeds" */
            slug?: string;
            /** @description GP practices only: the ODS code, e.g. "B86001" */
            odsCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              type: 'scheme' | 'gp_practice' | 'community_organisation';
              name: string;
              slug: string | null;
              odsCode: string | null;
              active: boolean;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/audit/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Part of the acting user's email or name */
          actor?: string;
          /** @description Action, or its start: "auth." finds every sign-in event */
          action?: string;
          recordType?: string;
          recordId?: string;
          /** @description A person's id: their record's rows, and every opening of a referral or case of theirs */
          person?: string;
          /** @description Scheme slug */
          scheme?: string;
          /** @description A whole day in England (Europe/London, midnight to midnight) as yyyy-mm-dd */
          from?: string;
          /** @description A whole day in England (Europe/London, midnight to midnight) as yyyy-mm-dd */
          to?: string;
          /** @description The "next" cursor of the previous page */
          after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Newest first */
              items: {
                id: string;
                at: string;
                actor: {
                  id: string;
                  name: string;
                  email: string;
                } | null;
                actorRole: string | null;
                action: string;
                recordType: string;
                recordId: string | null;
                schemeSlug: string | null;
                requestId: string | null;
                reason: string | null;
              }[];
              /** @description Cursor of the next (older) page: pass it as "after"; null on the last page */
              next: string | null;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                id: string;
                slug: string;
                name: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description The start of any word of the name (first name, family name or both); leave out for everyone */
          q?: string;
          role?: 'scheme_manager' | 'supervisor' | 'link_worker';
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Opaque cursor from the previous page's "next". */
          before?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description At most 20, by name */
              people: {
                userId: string;
                name: string;
                /** @description The person's team roles in the scheme */
                roles: (
                  | 'administrator'
                  | 'scheme_manager'
                  | 'supervisor'
                  | 'link_worker'
                  | 'referrer'
                  | 'community_org_user'
                  | 'commissioner'
                )[];
              }[];
              next: string | null;
              previous: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {unknown} */
                status:
                  | 'received'
                  | 'information_requested'
                  | 'waiting'
                  | 'declined'
                  | 'allocated'
                  | 'completed'
                  | 'cancelled';
                source: string;
                /** @enum {unknown} */
                evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
                /**
                 * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
                 * @enum {unknown}
                 */
                urgency: 'crisis' | 'routine';
                /** @description Short warnings for the triager: evaluation reasons and circumstances. */
                flags: string[];
                needs: string[];
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                /** @description A date and time, ISO 8601 */
                acceptedAt: string | null;
                /** @description Days since received (triage) or since accepted (waiting list). */
                waitingDays: number;
                patient: {
                  id: string;
                  name: string;
                  age: number | null;
                  nhsNumber: string | null;
                  preferredLanguage: string | null;
                  interpreterNeeded: boolean;
                };
                activeRisk?: {
                  /** @enum {unknown} */
                  level: 'medium' | 'high' | 'immediate';
                  /** @description A date and time, ISO 8601 */
                  since: string;
                  riskId: string;
                  caseId: string;
                } | null;
                practiceOdsCode: string | null;
                referrerName: string | null;
                messagesBack: number;
                version: number;
              }[];
              /** @description How many in all; the referrer's list and the triage queue count up to 1,000 (see totalCapped). */
              total: number;
              /** @description True when there are more than `total` (the referrer's list and the triage queue stop counting at 1,000). */
              totalCapped: boolean;
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            patient: {
              nhsNumber?: string | null;
              givenName: string;
              familyName: string;
              /** @description yyyy-mm-dd */
              dateOfBirth?: string | null;
              sex?: ('male' | 'female' | 'other' | 'unknown') | null;
              genderIdentity?: string | null;
              ethnicity?: string | null;
              addressLine1?: string | null;
              addressLine2?: string | null;
              town?: string | null;
              postcode?: string | null;
              phone?: string | null;
              email?: string | null;
              preferredContact?: ('phone' | 'text' | 'email' | 'letter') | null;
              preferredLanguage?: string | null;
              interpreterNeeded?: boolean;
              accessibilityNeeds?: string | null;
              practiceOdsCode?: string | null;
            };
            /** @description Need codes from GET /api/codes */
            needs: string[];
            circumstances: string[];
            reason: string;
            consent: {
              /** @description The person agrees to be contacted by the service (required to be true). */
              contact: boolean;
              /** @description The person agrees their details may be shared with community services they are referred on to. */
              shareWithServices: boolean;
              /** @description The person agrees the service may share updates with their GP. */
              shareWithGp: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            /** @description Why it is accepted: required when the criteria put the referral out of scope. */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
            /** @description The pathway to suggest instead (may be empty when there is none). */
            alternative: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/request-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            question: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/provide-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/complexity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            flags: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/triage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {unknown} */
                status:
                  | 'received'
                  | 'information_requested'
                  | 'waiting'
                  | 'declined'
                  | 'allocated'
                  | 'completed'
                  | 'cancelled';
                source: string;
                /** @enum {unknown} */
                evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
                /**
                 * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
                 * @enum {unknown}
                 */
                urgency: 'crisis' | 'routine';
                /** @description Short warnings for the triager: evaluation reasons and circumstances. */
                flags: string[];
                needs: string[];
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                /** @description A date and time, ISO 8601 */
                acceptedAt: string | null;
                /** @description Days since received (triage) or since accepted (waiting list). */
                waitingDays: number;
                patient: {
                  id: string;
                  name: string;
                  age: number | null;
                  nhsNumber: string | null;
                  preferredLanguage: string | null;
                  interpreterNeeded: boolean;
                };
                activeRisk?: {
                  /** @enum {unknown} */
                  level: 'medium' | 'high' | 'immediate';
                  /** @description A date and time, ISO 8601 */
                  since: string;
                  riskId: string;
                  caseId: string;
                } | null;
                practiceOdsCode: string | null;
                referrerName: string | null;
                messagesBack: number;
                version: number;
              }[];
              /** @description How many in all; the referrer's list and the triage queue count up to 1,000 (see totalCapped). */
              total: number;
              /** @description True when there are more than `total` (the referrer's list and the triage queue stop counting at 1,000). */
              totalCapped: boolean;
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/waiting-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {unknown} */
                status:
                  | 'received'
                  | 'information_requested'
                  | 'waiting'
                  | 'declined'
                  | 'allocated'
                  | 'completed'
                  | 'cancelled';
                source: string;
                /** @enum {unknown} */
                evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
                /**
                 * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
                 * @enum {unknown}
                 */
                urgency: 'crisis' | 'routine';
                /** @description Short warnings for the triager: evaluation reasons and circumstances. */
                flags: string[];
                needs: string[];
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                /** @description A date and time, ISO 8601 */
                acceptedAt: string | null;
                /** @description Days since received (triage) or since accepted (waiting list). */
                waitingDays: number;
                patient: {
                  id: string;
                  name: string;
                  age: number | null;
                  nhsNumber: string | null;
                  preferredLanguage: string | null;
                  interpreterNeeded: boolean;
                };
                activeRisk?: {
                  /** @enum {unknown} */
                  level: 'medium' | 'high' | 'immediate';
                  /** @description A date and time, ISO 8601 */
                  since: string;
                  riskId: string;
                  caseId: string;
                } | null;
                practiceOdsCode: string | null;
                referrerName: string | null;
                messagesBack: number;
                version: number;
              }[];
              /** @description How many in all; the referrer's list and the triage queue count up to 1,000 (see totalCapped). */
              total: number;
              /** @description True when there are more than `total` (the referrer's list and the triage queue stop counting at 1,000). */
              totalCapped: boolean;
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/reports/out-of-scope': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description A date as yyyy-mm-dd */
              since: string;
              practices: {
                practiceOdsCode: string | null;
                total: number;
                outOfScope: number;
                declined: number;
                outOfScopeRate: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/allocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Part of a link worker's name: the workers whose name holds it, each weighed in full, instead of the shortlist. */
          q?: string;
        };
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              referralId: string;
              language: string | null;
              complexityFlags: string[];
              complexityLabels: string[];
              canOverride: boolean;
              /** @description Active link workers in the scheme: the shortlist is chosen from them all. */
              totalWorkers: number;
              /** @description The name searched for; null: the shortlist. */
              search: string | null;
              /** @description The most workers shown: the shortlist's length, or a search's. */
              limit: number;
              /** @description More workers than shown (on the shortlist) or matching the search: search by name to weigh any of them. */
              more: boolean;
              /** @description The shortlist: the best-ranked workers, exactly the first of the full ranking; or the search's matches, ranked. */
              workers: {
                userId: string;
                name: string;
                hoursPerWeek: number;
                languages: string[];
                acceptingCases: boolean;
                capacity: {
                  cap: number;
                  annualCap: number;
                  openCases: number;
                  allocatedThisYear: number;
                  spare: number;
                  overCap: boolean;
                };
                languageMatch: boolean;
                suggested: boolean;
                /** @description A check rules the worker out (training missing or lapsed for the case's complexity); only a scheme manager's override allocates. */
                blocked: boolean;
                trainingGaps: {
                  flag: string;
                  course: string;
                  /** @enum {unknown} */
                  state: 'missing' | 'expired';
                  /** @description A date as yyyy-mm-dd */
                  expiresOn: string | null;
                }[];
                /** @description Why the worker is ranked where they are, in words. */
                reasons: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/referrals/{id}/allocate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            /** Format: uuid */
            workerId: string;
            /** @description Why it is accepted: required when allocating straight from triage a referral the criteria put out of scope. */
            reason?: string;
            override?: {
              /** @description Why the scheme manager accepts the risk of allocating to someone whose training for the case's complexity is missing or lapsed. */
              reason: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status:
                'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
              source: string;
              /** @enum {unknown} */
              evaluation: 'in_scope' | 'needs_review' | 'out_of_scope';
              evaluationReasons: {
                code: string;
                /** @enum {unknown} */
                outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                message: string;
                alternative?: string;
              }[];
              /**
               * @description crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.
               * @enum {unknown}
               */
              urgency: 'crisis' | 'routine';
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
              needs: string[];
              circumstances: string[];
              reason: string;
              consent: {
                /** @description The person agrees to be contacted by the service (required to be true). */
                contact: boolean;
                /** @description The person agrees their details may be shared with community services they are referred on to. */
                shareWithServices: boolean;
                /** @description The person agrees the service may share updates with their GP. */
                shareWithGp: boolean;
              };
              /** @description A date and time, ISO 8601 */
              receivedAt: string;
              /** @description A date and time, ISO 8601 */
              acceptedAt: string | null;
              practiceOdsCode: string | null;
              referrer: {
                name: string | null;
                contact: string | null;
                organisationName: string | null;
              };
              informationRequest: string | null;
              declineReason: string | null;
              declineAlternative: string | null;
              /** @description Why a referral the criteria put out of scope was accepted. */
              acceptReason: string | null;
              /** @description Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs. */
              complexityFlags: string[];
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              caseId: string | null;
              possibleDuplicates: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                status: string;
                by: string | null;
                detail: {
                  [key: string]: unknown;
                };
              }[];
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description What this person may do next: accept, decline, request-information, provide-information, allocate. */
              allowedActions: string[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/caseload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          workerId?: string;
          include?: 'open' | 'closed';
          /** @description allocated (oldest first, the default) or risk (highest active risk first, then oldest) */
          sort?: 'allocated' | 'risk';
          /** @description Only people with an active risk at this level or above */
          riskAtLeast?: 'medium' | 'high' | 'immediate';
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              worker: {
                id: string;
                name: string;
              };
              capacity: {
                cap: number;
                annualCap: number;
                openCases: number;
                allocatedThisYear: number;
                spare: number;
                overCap: boolean;
              };
              items: {
                caseId: string;
                /** @enum {unknown} */
                status: 'contacting' | 'active' | 'closed';
                patient: {
                  id: string;
                  name: string;
                  age: number | null;
                  preferredLanguage: string | null;
                };
                /** @description A date and time, ISO 8601 */
                allocatedAt: string;
                /** @description A date and time, ISO 8601 */
                lastSessionAt: string | null;
                sessionsHeld: number;
                openTasks: number;
                overdueTasks: number;
                /** @enum {unknown} */
                interventionState: 'not-started' | 'within' | 'nearing' | 'reached';
                nextStep: string;
                activeRisk: {
                  /** @enum {unknown} */
                  level: 'medium' | 'high' | 'immediate';
                  /** @description A date and time, ISO 8601 */
                  since: string;
                  riskId: string;
                  caseId: string;
                } | null;
                /** @description Outcome measures due with the person now (none on a closed case) */
                measuresDue: {
                  key: string;
                  shortName: string;
                  /** @enum {unknown} */
                  due: 'baseline' | 'review';
                }[];
              }[];
              total: number;
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Only people with an active risk at this level or above */
          riskAtLeast?: 'medium' | 'high' | 'immediate';
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
                activeRisk: {
                  /** @enum {unknown} */
                  level: 'medium' | 'high' | 'immediate';
                  /** @description A date and time, ISO 8601 */
                  since: string;
                  riskId: string;
                  caseId: string;
                } | null;
              }[];
              next: string | null;
              /** @description Open actions on risk records given to you, soonest due first (first page only) */
              riskActions: {
                id: string;
                riskId: string;
                caseId: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                dueAt: string;
                overdue: boolean;
                required: boolean;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                patientName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/tasks/{taskId}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/contact-attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description When the attempt was made (default now); not in the future. */
            at?: string;
            /** @enum {unknown} */
            channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
            /** @enum {unknown} */
            outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
            notes: string;
            riskCheck?: {
              /** @description Thoughts of harming themselves or ending their life */
              thoughts: boolean;
              /** @description A plan for how */
              plans: boolean;
              /** @description Access to the means */
              means: boolean;
              /** @description Intent to act on it */
              intent: boolean;
              /** @description What keeps them safe: people, reasons for living, plans */
              protectiveFactors: string;
              harmToOthers: boolean;
              harmToOthersDetail: string;
              /** @description A concern that an adult or child is being abused or neglected */
              safeguardingConcern: boolean;
              /** @enum {unknown} */
              level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
              /** @description What was disclosed and what was done; required for medium and above */
              summary: string;
            };
            /** @description The worker considered the risk language found and judges the level "none" */
            riskLanguageAcknowledged?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A measure key, e.g. ons4 */
            measure: string;
            /**
             * @description baseline (at the first session or before), review, or discharge
             * @enum {unknown}
             */
            timepoint: 'baseline' | 'review' | 'discharge';
            /** @description A date as yyyy-mm-dd */
            answeredOn: string;
            /** @description Item key to the answer given, e.g. {"life-satisfaction": 7} */
            answers?: {
              [key: string]: number;
            };
            /** @description Why the person declined; give this instead of answers */
            declinedReason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/about': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            whatMatters: string;
            needsByDomain: {
              domain: string;
              notes: string;
            }[];
            interventionLevel: ('light_touch' | 'intensive') | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description When the session started; not in the future for an attended session. */
            startsAt: string;
            durationMinutes: number;
            /** @enum {unknown} */
            mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
            place: string;
            /** @enum {unknown} */
            attendance: 'attended' | 'did_not_attend' | 'cancelled';
            notes: string;
            /**
             * @description "Any concern about risk today?": required when the person attended ("yes" needs the risk check); not asked otherwise
             * @enum {unknown}
             */
            riskConcern?: 'no' | 'yes';
            riskCheck?: {
              /** @description Thoughts of harming themselves or ending their life */
              thoughts: boolean;
              /** @description A plan for how */
              plans: boolean;
              /** @description Access to the means */
              means: boolean;
              /** @description Intent to act on it */
              intent: boolean;
              /** @description What keeps them safe: people, reasons for living, plans */
              protectiveFactors: string;
              harmToOthers: boolean;
              harmToOthersDetail: string;
              /** @description A concern that an adult or child is being abused or neglected */
              safeguardingConcern: boolean;
              /** @enum {unknown} */
              level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
              /** @description What was disclosed and what was done; required for medium and above */
              summary: string;
            };
            /** @description The worker considered the risk language found and judges the level "none" */
            riskLanguageAcknowledged?: boolean;
            /**
             * @description How the session left the worker: private to them and their supervisor's debrief
             * @enum {unknown}
             */
            feeling?: 'fine' | 'affected' | 'difficult' | 'distressing';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            actions: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/goals/{goalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          goalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            description: string;
            actions: string;
            /** @enum {unknown} */
            status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
            progress: number | null;
            progressNote: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            /** @description A date as yyyy-mm-dd */
            dueOn: string;
            /** Format: uuid */
            assigneeId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
            extraWeeks: number;
            extraSessions: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/close-unable-to-contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/discharge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            /** @description A discharge reason code from GET /api/codes */
            reason: string;
            summary: string;
            arranged: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              schemeSlug: string;
              /** @enum {unknown} */
              status: 'contacting' | 'active' | 'closed';
              version: number;
              worker: {
                id: string;
                name: string;
              };
              /** @description A date and time, ISO 8601 */
              allocatedAt: string;
              /** @description A date and time, ISO 8601 */
              firstContactAt: string | null;
              patient: {
                id: string;
                nhsNumber: string | null;
                givenName: string;
                familyName: string;
                /** @description A date as yyyy-mm-dd */
                dateOfBirth: string | null;
                age: number | null;
                sex: string | null;
                genderIdentity: string | null;
                ethnicity: string | null;
                addressLine1: string | null;
                addressLine2: string | null;
                town: string | null;
                postcode: string | null;
                phone: string | null;
                email: string | null;
                preferredContact: string | null;
                preferredLanguage: string | null;
                interpreterNeeded: boolean;
                accessibilityNeeds: string | null;
                practiceOdsCode: string | null;
                version: number;
              };
              referral: {
                id: string;
                /** @description A date and time, ISO 8601 */
                receivedAt: string;
                source: string;
                needs: string[];
                circumstances: string[];
                reason: string;
                evaluationReasons: {
                  code: string;
                  /** @enum {unknown} */
                  outcome: 'in_scope' | 'needs_review' | 'out_of_scope';
                  message: string;
                  alternative?: string;
                }[];
                referrerName: string | null;
                practiceOdsCode: string | null;
                consent: {
                  contact: boolean;
                  shareWithServices: boolean;
                  shareWithGp: boolean;
                };
              };
              whatMatters: string;
              needsByDomain: {
                domain: string;
                notes: string;
              }[];
              interventionLevel: ('light_touch' | 'intensive') | null;
              contactStep: {
                /** @enum {unknown} */
                step: 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';
                message: string;
                /** @description A date and time, ISO 8601 */
                dueBy: string | null;
              };
              intervention: {
                /** @enum {unknown} */
                state: 'not-started' | 'within' | 'nearing' | 'reached';
                weeksUsed: number;
                weekLimit: number;
                sessionsHeld: number;
                sessionLimit: number;
                /** @description A date as yyyy-mm-dd */
                endsOn: string | null;
                message: string;
              };
              contactAttempts: {
                id: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                /** @enum {unknown} */
                channel: 'phone' | 'text' | 'email' | 'letter' | 'in_person';
                /** @enum {unknown} */
                outcome: 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
                notes: string;
                by: string | null;
              }[];
              sessions: {
                id: string;
                /** @description A date and time, ISO 8601 */
                startsAt: string;
                durationMinutes: number;
                /** @enum {unknown} */
                mode: 'face_to_face' | 'phone' | 'video' | 'home_visit';
                place: string;
                /** @enum {unknown} */
                attendance: 'attended' | 'did_not_attend' | 'cancelled';
                notes: string;
                by: string | null;
                riskConcern: ('no' | 'yes') | null;
              }[];
              goals: {
                id: string;
                description: string;
                actions: string;
                /** @enum {unknown} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'stopped';
                progress: number | null;
                progressNote: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
              tasks: {
                id: string;
                caseId: string;
                description: string;
                /** @description A date as yyyy-mm-dd */
                dueOn: string;
                overdue: boolean;
                done: boolean;
                /** @description A date and time, ISO 8601 */
                doneAt: string | null;
                assignee: {
                  id: string;
                  name: string;
                };
                patientName: string;
              }[];
              extensions: {
                /** @description A date and time, ISO 8601 */
                at: string;
                extraWeeks: number;
                extraSessions: number;
                reason: string;
                by: string | null;
              }[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
              discharge: {
                reason: string;
                reasonLabel: string;
                summary: string;
                arranged: string;
                /** @description A date and time, ISO 8601 */
                closedAt: string;
              } | null;
              messagesBack: {
                id: string;
                /** @enum {unknown} */
                kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
                code: {
                  system: string;
                  code: string;
                  display: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                body: {
                  heading: string;
                  summary: string;
                  sections: {
                    title: string;
                    text: string;
                  }[];
                };
              }[];
              /** @description contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact */
              allowedActions: string[];
              /** @description Open risks (medium and above), newest first */
              activeRisks: {
                id: string;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Its open actions, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              safeguarding: {
                visible: {
                  id: string;
                  /** @enum {unknown} */
                  subject: 'adult' | 'child';
                  /** @enum {unknown} */
                  status: 'open' | 'closed';
                  /** @description A date and time, ISO 8601 */
                  raisedAt: string;
                }[];
                /** @description Safeguarding records on this case the viewer may not open */
                restricted: number;
              };
              outcomes: {
                reviewWeeks: number;
                measures: {
                  key: string;
                  name: string;
                  shortName: string;
                  /** @description The scheme asks this measure of everyone */
                  asked: boolean;
                  due: ('baseline' | 'review') | null;
                  /** @description A date as yyyy-mm-dd */
                  lastAskedOn: string | null;
                  scores: {
                    key: string;
                    label: string;
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    min: number;
                    max: number;
                    minimumImportantChange: number;
                  }[];
                  records: {
                    id: string;
                    /**
                     * @description baseline (at the first session or before), review, or discharge
                     * @enum {unknown}
                     */
                    timepoint: 'baseline' | 'review' | 'discharge';
                    /** @enum {unknown} */
                    status: 'completed' | 'declined';
                    /** @description A date as yyyy-mm-dd */
                    answeredOn: string;
                    declinedReason: string | null;
                    /** @description A date and time, ISO 8601 */
                    recordedAt: string;
                    recordedBy: string | null;
                    scores: {
                      key: string;
                      value: number;
                      band: string | null;
                    }[];
                  }[];
                  /** @description Baseline against the latest later score, per score; empty until both exist */
                  change: {
                    scoreKey: string;
                    label: string;
                    baseline: number;
                    latest: number;
                    /** @enum {unknown} */
                    latestTimepoint: 'review' | 'discharge';
                    change: number;
                    /** @enum {unknown} */
                    outcome: 'improved' | 'no-change' | 'worse';
                  }[];
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/outcome-measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              settings: {
                measures: string[];
                reviewWeeks: number;
                /** @description 0 while the scheme keeps the defaults */
                version: number;
              };
              measures: {
                builtIn: boolean;
                asked: boolean;
                definition: {
                  /** @description Lower case letters, digits and hyphens, starting with a letter. */
                  key: string;
                  /** @description The definition’s version, from 1; answers are scored with the version they were given in. */
                  version: number;
                  name: string;
                  shortName?: string;
                  description?: string;
                  /** @description Read to the person before the items. */
                  instructions?: string;
                  /** @description Who holds the copyright and the terms of use, e.g. "Crown copyright, Open Government Licence v3.0". */
                  licence: string;
                  items: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The question, word for word. */
                    text: string;
                    scale?: {
                      /** @description The lowest answer, a whole number (0 on a 0–10 scale). */
                      min: number;
                      /** @description The highest answer, a whole number above min. */
                      max: number;
                      /** @description What the lowest answer means. */
                      minLabel?: string;
                      /** @description What the highest answer means. */
                      maxLabel?: string;
                    };
                    /** @description Fixed answers; give either these or a scale. */
                    answers?: {
                      /** @description The value scored for this answer, a whole number. */
                      value: number;
                      /** @description The answer as read to the person. */
                      label: string;
                    }[];
                    /** @description Scored as (min + max − value) before the score adds or averages. */
                    reverse?: boolean;
                  }[];
                  scores: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The score’s name in texts people read. */
                    label: string;
                    /** @description The keys of its items. */
                    items: string[];
                    /** @enum {unknown} */
                    method: 'sum' | 'mean';
                    /** @description Raw sum (as a string key) → reported score, for every possible raw sum; method must be sum. */
                    conversion?: {
                      [key: string]: number;
                    };
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    /** @description The smallest change that matters to the person; above 0. */
                    minimumImportantChange: number;
                    /** @description Ascending; every band but the last has upTo (inclusive); the last has none. */
                    bands?: {
                      /** @description The highest score in the band (inclusive); not on the last. */
                      upTo?: number;
                      label: string;
                    }[];
                    /** @description Decimal places of the reported score, 0 to 3; 0 for a plain sum and 2 otherwise when left out. */
                    decimals?: number;
                  }[];
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            definition: {
              /** @description Lower case letters, digits and hyphens, starting with a letter. */
              key: string;
              /** @description The definition’s version, from 1; answers are scored with the version they were given in. */
              version: number;
              name: string;
              shortName?: string;
              description?: string;
              /** @description Read to the person before the items. */
              instructions?: string;
              /** @description Who holds the copyright and the terms of use, e.g. "Crown copyright, Open Government Licence v3.0". */
              licence: string;
              items: {
                /** @description Unique within the measure; letters, digits, - and _. */
                key: string;
                /** @description The question, word for word. */
                text: string;
                scale?: {
                  /** @description The lowest answer, a whole number (0 on a 0–10 scale). */
                  min: number;
                  /** @description The highest answer, a whole number above min. */
                  max: number;
                  /** @description What the lowest answer means. */
                  minLabel?: string;
                  /** @description What the highest answer means. */
                  maxLabel?: string;
                };
                /** @description Fixed answers; give either these or a scale. */
                answers?: {
                  /** @description The value scored for this answer, a whole number. */
                  value: number;
                  /** @description The answer as read to the person. */
                  label: string;
                }[];
                /** @description Scored as (min + max − value) before the score adds or averages. */
                reverse?: boolean;
              }[];
              scores: {
                /** @description Unique within the measure; letters, digits, - and _. */
                key: string;
                /** @description The score’s name in texts people read. */
                label: string;
                /** @description The keys of its items. */
                items: string[];
                /** @enum {unknown} */
                method: 'sum' | 'mean';
                /** @description Raw sum (as a string key) → reported score, for every possible raw sum; method must be sum. */
                conversion?: {
                  [key: string]: number;
                };
                /** @enum {unknown} */
                better: 'higher' | 'lower';
                /** @description The smallest change that matters to the person; above 0. */
                minimumImportantChange: number;
                /** @description Ascending; every band but the last has upTo (inclusive); the last has none. */
                bands?: {
                  /** @description The highest score in the band (inclusive); not on the last. */
                  upTo?: number;
                  label: string;
                }[];
                /** @description Decimal places of the reported score, 0 to 3; 0 for a plain sum and 2 otherwise when left out. */
                decimals?: number;
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              settings: {
                measures: string[];
                reviewWeeks: number;
                /** @description 0 while the scheme keeps the defaults */
                version: number;
              };
              measures: {
                builtIn: boolean;
                asked: boolean;
                definition: {
                  /** @description Lower case letters, digits and hyphens, starting with a letter. */
                  key: string;
                  /** @description The definition’s version, from 1; answers are scored with the version they were given in. */
                  version: number;
                  name: string;
                  shortName?: string;
                  description?: string;
                  /** @description Read to the person before the items. */
                  instructions?: string;
                  /** @description Who holds the copyright and the terms of use, e.g. "Crown copyright, Open Government Licence v3.0". */
                  licence: string;
                  items: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The question, word for word. */
                    text: string;
                    scale?: {
                      /** @description The lowest answer, a whole number (0 on a 0–10 scale). */
                      min: number;
                      /** @description The highest answer, a whole number above min. */
                      max: number;
                      /** @description What the lowest answer means. */
                      minLabel?: string;
                      /** @description What the highest answer means. */
                      maxLabel?: string;
                    };
                    /** @description Fixed answers; give either these or a scale. */
                    answers?: {
                      /** @description The value scored for this answer, a whole number. */
                      value: number;
                      /** @description The answer as read to the person. */
                      label: string;
                    }[];
                    /** @description Scored as (min + max − value) before the score adds or averages. */
                    reverse?: boolean;
                  }[];
                  scores: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The score’s name in texts people read. */
                    label: string;
                    /** @description The keys of its items. */
                    items: string[];
                    /** @enum {unknown} */
                    method: 'sum' | 'mean';
                    /** @description Raw sum (as a string key) → reported score, for every possible raw sum; method must be sum. */
                    conversion?: {
                      [key: string]: number;
                    };
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    /** @description The smallest change that matters to the person; above 0. */
                    minimumImportantChange: number;
                    /** @description Ascending; every band but the last has upTo (inclusive); the last has none. */
                    bands?: {
                      /** @description The highest score in the band (inclusive); not on the last. */
                      upTo?: number;
                      label: string;
                    }[];
                    /** @description Decimal places of the reported score, 0 to 3; 0 for a plain sum and 2 otherwise when left out. */
                    decimals?: number;
                  }[];
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/outcome-measures/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The measures asked of everyone, in order */
            measures: string[];
            /** @description Weeks after the last asking when a measure is due again (1–52) */
            reviewWeeks: number;
            /** @description The version you last saw (0 while the scheme keeps the defaults); a newer one gives 409 edit-conflict. */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              settings: {
                measures: string[];
                reviewWeeks: number;
                /** @description 0 while the scheme keeps the defaults */
                version: number;
              };
              measures: {
                builtIn: boolean;
                asked: boolean;
                definition: {
                  /** @description Lower case letters, digits and hyphens, starting with a letter. */
                  key: string;
                  /** @description The definition’s version, from 1; answers are scored with the version they were given in. */
                  version: number;
                  name: string;
                  shortName?: string;
                  description?: string;
                  /** @description Read to the person before the items. */
                  instructions?: string;
                  /** @description Who holds the copyright and the terms of use, e.g. "Crown copyright, Open Government Licence v3.0". */
                  licence: string;
                  items: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The question, word for word. */
                    text: string;
                    scale?: {
                      /** @description The lowest answer, a whole number (0 on a 0–10 scale). */
                      min: number;
                      /** @description The highest answer, a whole number above min. */
                      max: number;
                      /** @description What the lowest answer means. */
                      minLabel?: string;
                      /** @description What the highest answer means. */
                      maxLabel?: string;
                    };
                    /** @description Fixed answers; give either these or a scale. */
                    answers?: {
                      /** @description The value scored for this answer, a whole number. */
                      value: number;
                      /** @description The answer as read to the person. */
                      label: string;
                    }[];
                    /** @description Scored as (min + max − value) before the score adds or averages. */
                    reverse?: boolean;
                  }[];
                  scores: {
                    /** @description Unique within the measure; letters, digits, - and _. */
                    key: string;
                    /** @description The score’s name in texts people read. */
                    label: string;
                    /** @description The keys of its items. */
                    items: string[];
                    /** @enum {unknown} */
                    method: 'sum' | 'mean';
                    /** @description Raw sum (as a string key) → reported score, for every possible raw sum; method must be sum. */
                    conversion?: {
                      [key: string]: number;
                    };
                    /** @enum {unknown} */
                    better: 'higher' | 'lower';
                    /** @description The smallest change that matters to the person; above 0. */
                    minimumImportantChange: number;
                    /** @description Ascending; every band but the last has upTo (inclusive); the last has none. */
                    bands?: {
                      /** @description The highest score in the band (inclusive); not on the last. */
                      upTo?: number;
                      label: string;
                    }[];
                    /** @description Decimal places of the reported score, 0 to 3; 0 for a plain sum and 2 otherwise when left out. */
                    decimals?: number;
                  }[];
                };
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/reports/{report}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description A month as yyyy-mm (London calendar) */
          from?: string;
          /** @description A month as yyyy-mm (London calendar) */
          to?: string;
          /** @description A practice's ODS code */
          practice?: string;
          /** @description A need code */
          need?: string;
          /** @description A link worker's user id */
          worker?: string;
        };
        header?: never;
        path: {
          slug: string;
          report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {unknown} */
              report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
              title: string;
              filters: {
                /** @description yyyy-mm */
                from: string;
                /** @description yyyy-mm */
                to: string;
                practice: string | null;
                need: string | null;
                worker: string | null;
              };
              /** @description A date and time, ISO 8601 */
              generatedAt: string;
              tables: {
                /** @description Stable name, used for the CSV download */
                key: string;
                title: string;
                description: string;
                columns: {
                  key: string;
                  label: string;
                  /** @enum {unknown} */
                  kind: 'text' | 'count' | 'number' | 'percent' | 'days';
                }[];
                rows: {
                  [key: string]: (string | number) | null;
                }[];
                chart: {
                  /** @enum {unknown} */
                  type: 'bar' | 'line';
                  /** @description The column along the axis */
                  x: string;
                  /** @description The columns drawn as bars or lines */
                  series: string[];
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/reports/practices/{ods}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description The month as yyyy-mm (London calendar); left out, last month */
          month?: string;
        };
        header?: never;
        path: {
          slug: string;
          /** @description The practice's ODS code */
          ods: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                name: string;
              };
              practice: {
                odsCode: string;
                name: string;
              };
              /** @description yyyy-mm */
              month: string;
              /** @description A date and time, ISO 8601 */
              generatedAt: string;
              figures: {
                key: string;
                label: string;
                /** @enum {unknown} */
                kind: 'count' | 'percent' | 'days';
                /** @description The practice's figure; null when there is nothing to measure */
                practice: number | null;
                /** @description The same figure for the whole scheme */
                scheme: number | null;
              }[];
              /** @description The twelve months up to and including the month */
              referralsByMonth: {
                month: string;
                practice: number;
                scheme: number;
              }[];
              topNeeds: {
                need: string;
                referrals: number;
                /** @description Share of the practice's referrals (%) */
                share: number | null;
                /** @description Share of the scheme's referrals (%) */
                schemeShare: number | null;
              }[];
              outcomes: {
                measure: string;
                pairs: number;
                meanChange: number | null;
                /** @description Improved by at least the minimum important change (%) */
                improved: number | null;
                schemeImproved: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/reports/{report}/tables/{table}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description A month as yyyy-mm (London calendar) */
          from?: string;
          /** @description A month as yyyy-mm (London calendar) */
          to?: string;
          /** @description A practice's ODS code */
          practice?: string;
          /** @description A need code */
          need?: string;
          /** @description A link worker's user id */
          worker?: string;
        };
        header?: never;
        path: {
          slug: string;
          report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
          /** @description A table key with .csv */
          table: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The table as CSV (UTF-8 with a byte order mark) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commissioning/schemes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schemes: {
                slug: string;
                name: string;
              }[];
              /** @description GP practices to filter the reports by */
              practices: {
                odsCode: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commissioning/reports/{report}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description A month as yyyy-mm (London calendar) */
          from?: string;
          /** @description A month as yyyy-mm (London calendar) */
          to?: string;
          /** @description A practice's ODS code */
          practice?: string;
          /** @description A need code */
          need?: string;
          /** @description Refused: commissioners see no one member of staff */
          worker?: string;
          /** @description Scheme slugs, comma-separated; all your schemes when left out */
          schemes?: string;
        };
        header?: never;
        path: {
          report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {unknown} */
              report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
              title: string;
              filters: {
                /** @description yyyy-mm */
                from: string;
                /** @description yyyy-mm */
                to: string;
                practice: string | null;
                need: string | null;
                worker: string | null;
              };
              /** @description A date and time, ISO 8601 */
              generatedAt: string;
              tables: {
                /** @description Stable name, used for the CSV download */
                key: string;
                title: string;
                description: string;
                columns: {
                  key: string;
                  label: string;
                  /** @enum {unknown} */
                  kind: 'text' | 'count' | 'number' | 'percent' | 'days';
                }[];
                rows: {
                  [key: string]: (string | number) | null;
                }[];
                chart: {
                  /** @enum {unknown} */
                  type: 'bar' | 'line';
                  /** @description The column along the axis */
                  x: string;
                  /** @description The columns drawn as bars or lines */
                  series: string[];
                } | null;
              }[];
              schemes: {
                slug: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commissioning/reports/{report}/tables/{table}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description A month as yyyy-mm (London calendar) */
          from?: string;
          /** @description A month as yyyy-mm (London calendar) */
          to?: string;
          /** @description A practice's ODS code */
          practice?: string;
          /** @description A need code */
          need?: string;
          /** @description Refused: commissioners see no one member of staff */
          worker?: string;
          /** @description Scheme slugs, comma-separated; all your schemes when left out */
          schemes?: string;
        };
        header?: never;
        path: {
          report: 'activity' | 'community' | 'outcomes' | 'safety' | 'equity' | 'practices';
          /** @description A table key with .csv */
          table: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The table as CSV, small numbers suppressed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/risk/language': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Risk language found by the built-in detector and the scheme's own added phrases: a prompt for the structured risk check, never a judgement of risk */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Each finding in plain English for the worker: the words found and why, e.g. "end things tonight" (thoughts of suicide or of not wanting to live) */
              matches: string[];
              findings: {
                /** @enum {unknown} */
                category:
                  | 'suicide'
                  | 'self-harm'
                  | 'harm-to-others'
                  | 'domestic-abuse'
                  | 'child-safeguarding'
                  | 'exploitation'
                  | 'self-neglect'
                  | 'sexual-violence'
                  | 'scheme';
                /** @description The category in plain English */
                categoryLabel: string;
                /** @description The built-in rule's id (see the scheme settings' builtInRiskLanguage), or the scheme's own added phrase as configured */
                rule: string;
                /** @description The words found, quoted from the text as written */
                excerpt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/risk/crisis-help': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The scheme's crisis contacts (safety settings), shown after 999 and NHS 111 option 2 */
              crisisContacts: {
                name: string;
                phone: string;
                when: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/risk/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Risks per page (default and most 50) */
          limit?: number;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description scheme: every active risk (scheme manager); supervisees: the cases of the link workers you supervise
               * @enum {unknown}
               */
              scope: 'scheme' | 'supervisees';
              total: number;
              items: {
                riskId: string;
                caseId: string;
                /** @enum {unknown} */
                level: 'medium' | 'high' | 'immediate';
                /** @description A date and time, ISO 8601 */
                since: string;
                /** @description Whole days since the risk was recorded */
                ageDays: number;
                person: {
                  id: string;
                  name: string;
                };
                worker: {
                  id: string;
                  name: string;
                };
                /** @description At least one open action is past its deadline */
                overdue: boolean;
                /** @description Each open action, soonest due first */
                outstanding: {
                  id: string;
                  description: string;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: string;
                }[];
              }[];
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/risks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                caseId: string;
                sessionId: string | null;
                /** @enum {unknown} */
                level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
                /** @enum {unknown} */
                status: 'open' | 'closed';
                version: number;
                /** @description A date and time, ISO 8601 */
                assessedAt: string;
                assessedBy: string | null;
                check: {
                  thoughts: boolean;
                  plans: boolean;
                  means: boolean;
                  intent: boolean;
                  protectiveFactors: string;
                  harmToOthers: boolean;
                  harmToOthersDetail: string;
                  safeguardingConcern: boolean;
                };
                summary: string;
                matchedPhrases: string[];
                /** @description Said when the usual people could not be told (no supervisor or safeguarding lead named) */
                escalationNote: string;
                notified: {
                  name: string;
                  /** @description A date and time, ISO 8601 */
                  at: string;
                }[];
                actions: {
                  id: string;
                  kind: string;
                  description: string;
                  required: boolean;
                  /** @description A date and time, ISO 8601 */
                  dueAt: string;
                  overdue: boolean;
                  assignee: {
                    id: string;
                    name: string;
                  };
                  /** @enum {unknown} */
                  status: 'open' | 'done' | 'not_done';
                  outcomeNote: string;
                  /** @description A date and time, ISO 8601 */
                  createdAt: string;
                  /** @description A date and time, ISO 8601 */
                  resolvedAt: string | null;
                  resolvedBy: string | null;
                }[];
                /** @description A date and time, ISO 8601 */
                closedAt: string | null;
                closedBy: string | null;
                closingNote: string;
                /** @description The scheme's crisis contacts, shown with 999 and NHS 111 option 2 */
                crisisContacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description resolve-action; close (only once every required action is done or marked not done with a reason) */
                allowedActions: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/risks/{riskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          riskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              sessionId: string | null;
              /** @enum {unknown} */
              level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
              /** @enum {unknown} */
              status: 'open' | 'closed';
              version: number;
              /** @description A date and time, ISO 8601 */
              assessedAt: string;
              assessedBy: string | null;
              check: {
                thoughts: boolean;
                plans: boolean;
                means: boolean;
                intent: boolean;
                protectiveFactors: string;
                harmToOthers: boolean;
                harmToOthersDetail: string;
                safeguardingConcern: boolean;
              };
              summary: string;
              matchedPhrases: string[];
              /** @description Said when the usual people could not be told (no supervisor or safeguarding lead named) */
              escalationNote: string;
              notified: {
                name: string;
                /** @description A date and time, ISO 8601 */
                at: string;
              }[];
              actions: {
                id: string;
                kind: string;
                description: string;
                required: boolean;
                /** @description A date and time, ISO 8601 */
                dueAt: string;
                overdue: boolean;
                assignee: {
                  id: string;
                  name: string;
                };
                /** @enum {unknown} */
                status: 'open' | 'done' | 'not_done';
                outcomeNote: string;
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                /** @description A date and time, ISO 8601 */
                resolvedAt: string | null;
                resolvedBy: string | null;
              }[];
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              closedBy: string | null;
              closingNote: string;
              /** @description The scheme's crisis contacts, shown with 999 and NHS 111 option 2 */
              crisisContacts: {
                name: string;
                phone: string;
                when: string;
              }[];
              /** @description resolve-action; close (only once every required action is done or marked not done with a reason) */
              allowedActions: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/risks/{riskId}/actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          riskId: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            status: 'done' | 'not_done';
            /** @description What was done; for not_done, the reason (required) */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              sessionId: string | null;
              /** @enum {unknown} */
              level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
              /** @enum {unknown} */
              status: 'open' | 'closed';
              version: number;
              /** @description A date and time, ISO 8601 */
              assessedAt: string;
              assessedBy: string | null;
              check: {
                thoughts: boolean;
                plans: boolean;
                means: boolean;
                intent: boolean;
                protectiveFactors: string;
                harmToOthers: boolean;
                harmToOthersDetail: string;
                safeguardingConcern: boolean;
              };
              summary: string;
              matchedPhrases: string[];
              /** @description Said when the usual people could not be told (no supervisor or safeguarding lead named) */
              escalationNote: string;
              notified: {
                name: string;
                /** @description A date and time, ISO 8601 */
                at: string;
              }[];
              actions: {
                id: string;
                kind: string;
                description: string;
                required: boolean;
                /** @description A date and time, ISO 8601 */
                dueAt: string;
                overdue: boolean;
                assignee: {
                  id: string;
                  name: string;
                };
                /** @enum {unknown} */
                status: 'open' | 'done' | 'not_done';
                outcomeNote: string;
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                /** @description A date and time, ISO 8601 */
                resolvedAt: string | null;
                resolvedBy: string | null;
              }[];
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              closedBy: string | null;
              closingNote: string;
              /** @description The scheme's crisis contacts, shown with 999 and NHS 111 option 2 */
              crisisContacts: {
                name: string;
                phone: string;
                when: string;
              }[];
              /** @description resolve-action; close (only once every required action is done or marked not done with a reason) */
              allowedActions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/risks/{riskId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          riskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              sessionId: string | null;
              /** @enum {unknown} */
              level: 'none' | 'low' | 'medium' | 'high' | 'immediate';
              /** @enum {unknown} */
              status: 'open' | 'closed';
              version: number;
              /** @description A date and time, ISO 8601 */
              assessedAt: string;
              assessedBy: string | null;
              check: {
                thoughts: boolean;
                plans: boolean;
                means: boolean;
                intent: boolean;
                protectiveFactors: string;
                harmToOthers: boolean;
                harmToOthersDetail: string;
                safeguardingConcern: boolean;
              };
              summary: string;
              matchedPhrases: string[];
              /** @description Said when the usual people could not be told (no supervisor or safeguarding lead named) */
              escalationNote: string;
              notified: {
                name: string;
                /** @description A date and time, ISO 8601 */
                at: string;
              }[];
              actions: {
                id: string;
                kind: string;
                description: string;
                required: boolean;
                /** @description A date and time, ISO 8601 */
                dueAt: string;
                overdue: boolean;
                assignee: {
                  id: string;
                  name: string;
                };
                /** @enum {unknown} */
                status: 'open' | 'done' | 'not_done';
                outcomeNote: string;
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                /** @description A date and time, ISO 8601 */
                resolvedAt: string | null;
                resolvedBy: string | null;
              }[];
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              closedBy: string | null;
              closingNote: string;
              /** @description The scheme's crisis contacts, shown with 999 and NHS 111 option 2 */
              crisisContacts: {
                name: string;
                phone: string;
                when: string;
              }[];
              /** @description resolve-action; close (only once every required action is done or marked not done with a reason) */
              allowedActions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/safeguarding/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adult: {
                code: string;
                label: string;
              }[];
              child: {
                code: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/safeguarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'closed';
          /** @description The `next` cursor of the page before. */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                caseId: string;
                patientName: string;
                /** @enum {unknown} */
                subject: 'adult' | 'child';
                categories: string[];
                raisedBy: string;
                /** @description A date and time, ISO 8601 */
                raisedAt: string;
                referralMade: boolean;
                /** @enum {unknown} */
                status: 'open' | 'closed';
              }[];
              /** @description Cursor of the next page (pass as `after`), or null on the last page. */
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/safeguarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            subject: 'adult' | 'child';
            /** @description Category codes from GET /safeguarding/categories for the subject */
            categories: string[];
            description: string;
            immediateAction: string;
            /** Format: uuid */
            riskId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              riskId: string | null;
              /** @enum {unknown} */
              subject: 'adult' | 'child';
              categories: {
                code: string;
                label: string;
              }[];
              description: string;
              immediateAction: string;
              raisedBy: string;
              /** @description A date and time, ISO 8601 */
              raisedAt: string;
              referral: {
                made: boolean;
                authority: string | null;
                /** @description A date and time, ISO 8601 */
                referredAt: string | null;
                reference: string | null;
                referredBy: string | null;
                notReferredReason: string;
              };
              actions: {
                id: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string | null;
              }[];
              outcome: string;
              /** @enum {unknown} */
              status: 'open' | 'closed';
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              version: number;
              /** @description referral, action, close */
              allowedActions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/safeguarding/{concernId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          concernId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              riskId: string | null;
              /** @enum {unknown} */
              subject: 'adult' | 'child';
              categories: {
                code: string;
                label: string;
              }[];
              description: string;
              immediateAction: string;
              raisedBy: string;
              /** @description A date and time, ISO 8601 */
              raisedAt: string;
              referral: {
                made: boolean;
                authority: string | null;
                /** @description A date and time, ISO 8601 */
                referredAt: string | null;
                reference: string | null;
                referredBy: string | null;
                notReferredReason: string;
              };
              actions: {
                id: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string | null;
              }[];
              outcome: string;
              /** @enum {unknown} */
              status: 'open' | 'closed';
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              version: number;
              /** @description referral, action, close */
              allowedActions: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/safeguarding/{concernId}/referral': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          concernId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            /** @description Whether a referral was made to the local authority */
            made: boolean;
            /** @description The local authority (and team) referred to */
            authority: string;
            /** @description When the referral was made; not in the future */
            referredAt: string;
            /** @description The local authority's reference */
            reference: string;
            /** @description Why no referral was made (when made is false) */
            notReferredReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              riskId: string | null;
              /** @enum {unknown} */
              subject: 'adult' | 'child';
              categories: {
                code: string;
                label: string;
              }[];
              description: string;
              immediateAction: string;
              raisedBy: string;
              /** @description A date and time, ISO 8601 */
              raisedAt: string;
              referral: {
                made: boolean;
                authority: string | null;
                /** @description A date and time, ISO 8601 */
                referredAt: string | null;
                reference: string | null;
                referredBy: string | null;
                notReferredReason: string;
              };
              actions: {
                id: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string | null;
              }[];
              outcome: string;
              /** @enum {unknown} */
              status: 'open' | 'closed';
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              version: number;
              /** @description referral, action, close */
              allowedActions: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/safeguarding/{concernId}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          concernId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              riskId: string | null;
              /** @enum {unknown} */
              subject: 'adult' | 'child';
              categories: {
                code: string;
                label: string;
              }[];
              description: string;
              immediateAction: string;
              raisedBy: string;
              /** @description A date and time, ISO 8601 */
              raisedAt: string;
              referral: {
                made: boolean;
                authority: string | null;
                /** @description A date and time, ISO 8601 */
                referredAt: string | null;
                reference: string | null;
                referredBy: string | null;
                notReferredReason: string;
              };
              actions: {
                id: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string | null;
              }[];
              outcome: string;
              /** @enum {unknown} */
              status: 'open' | 'closed';
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              version: number;
              /** @description referral, action, close */
              allowedActions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/safeguarding/{concernId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          concernId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            outcome: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              riskId: string | null;
              /** @enum {unknown} */
              subject: 'adult' | 'child';
              categories: {
                code: string;
                label: string;
              }[];
              description: string;
              immediateAction: string;
              raisedBy: string;
              /** @description A date and time, ISO 8601 */
              raisedAt: string;
              referral: {
                made: boolean;
                authority: string | null;
                /** @description A date and time, ISO 8601 */
                referredAt: string | null;
                reference: string | null;
                referredBy: string | null;
                notReferredReason: string;
              };
              actions: {
                id: string;
                description: string;
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string | null;
              }[];
              outcome: string;
              /** @enum {unknown} */
              status: 'open' | 'closed';
              /** @description A date and time, ISO 8601 */
              closedAt: string | null;
              version: number;
              /** @description referral, action, close */
              allowedActions: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/patients/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {unknown} */
                match: 'nhs-number' | 'name-date-of-birth-postcode';
                first: {
                  id: string;
                  nhsNumber: string | null;
                  givenName: string;
                  familyName: string;
                  /** @description A date as yyyy-mm-dd */
                  dateOfBirth: string | null;
                  age: number | null;
                  sex: string | null;
                  genderIdentity: string | null;
                  ethnicity: string | null;
                  addressLine1: string | null;
                  addressLine2: string | null;
                  town: string | null;
                  postcode: string | null;
                  phone: string | null;
                  email: string | null;
                  preferredContact: string | null;
                  preferredLanguage: string | null;
                  interpreterNeeded: boolean;
                  accessibilityNeeds: string | null;
                  practiceOdsCode: string | null;
                  version: number;
                };
                second: {
                  id: string;
                  nhsNumber: string | null;
                  givenName: string;
                  familyName: string;
                  /** @description A date as yyyy-mm-dd */
                  dateOfBirth: string | null;
                  age: number | null;
                  sex: string | null;
                  genderIdentity: string | null;
                  ethnicity: string | null;
                  addressLine1: string | null;
                  addressLine2: string | null;
                  town: string | null;
                  postcode: string | null;
                  phone: string | null;
                  email: string | null;
                  preferredContact: string | null;
                  preferredLanguage: string | null;
                  interpreterNeeded: boolean;
                  accessibilityNeeds: string | null;
                  practiceOdsCode: string | null;
                  version: number;
                };
              }[];
              /** @description Cursor of the next page (the "after" query value), null on the last page. */
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/patients/duplicates/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            keepId: string;
            /** Format: uuid */
            mergeId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/patients/duplicates/keep-apart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            firstId: string;
            /** Format: uuid */
            secondId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/patients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            patient: {
              nhsNumber?: string | null;
              givenName: string;
              familyName: string;
              /** @description yyyy-mm-dd */
              dateOfBirth?: string | null;
              sex?: ('male' | 'female' | 'other' | 'unknown') | null;
              genderIdentity?: string | null;
              ethnicity?: string | null;
              addressLine1?: string | null;
              addressLine2?: string | null;
              town?: string | null;
              postcode?: string | null;
              phone?: string | null;
              email?: string | null;
              preferredContact?: ('phone' | 'text' | 'email' | 'letter') | null;
              preferredLanguage?: string | null;
              interpreterNeeded?: boolean;
              accessibilityNeeds?: string | null;
              practiceOdsCode?: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              nhsNumber: string | null;
              givenName: string;
              familyName: string;
              /** @description A date as yyyy-mm-dd */
              dateOfBirth: string | null;
              age: number | null;
              sex: string | null;
              genderIdentity: string | null;
              ethnicity: string | null;
              addressLine1: string | null;
              addressLine2: string | null;
              town: string | null;
              postcode: string | null;
              phone: string | null;
              email: string | null;
              preferredContact: string | null;
              preferredLanguage: string | null;
              interpreterNeeded: boolean;
              accessibilityNeeds: string | null;
              practiceOdsCode: string | null;
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                id: string;
                slug: string;
                name: string;
              };
              version: number;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              criteria: {
                minAge: number;
                maxAge: number | null;
                practicesServed: string[];
                needsInScope: string[];
                selfReferralOpen: boolean;
                exclusions: {
                  /** @description A circumstance code from GET /api/codes */
                  circumstance: string;
                  /** @enum {unknown} */
                  outcome: 'out_of_scope' | 'needs_review';
                  /** @description The pathway to suggest instead */
                  alternative: string;
                  crisis: boolean;
                }[];
              };
              policies: {
                annualPeoplePerFte: number;
                fullTimeHours: number;
                contactAttempts: number;
                contactWindowDays: number;
                letterWaitDays: number;
                interventionWeeks: number;
                interventionSessions: number;
                /** @description Weeks without a referral before a practice counts as stopped */
                practiceQuietWeeks: number;
              };
              /** @description GP practices known to Linkwork, to choose from */
              practices: {
                odsCode: string;
                name: string;
              }[];
              safety: {
                crisisContacts: {
                  name: string;
                  phone: string;
                  /** @description When to call, e.g. "24 hours" */
                  when: string;
                }[];
                safeguardingLeadId: string | null;
                supervisionCadenceDays: number;
                difficultSessionsInRow: number;
                debriefResponseWorkingDays: number;
                loneWorkingGraceMinutes: number;
                loneWorkingEscalationMinutes: number;
                /** @description The scheme's own phrases that prompt a risk check, ADDED TO Linkwork's built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more. */
                addedRiskPhrases: string[];
                onwardReminderWorkingDays: number;
                onwardAutoDeclineDays: number;
                /** @description Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is */
                loneWorkingCheckInWindowMinutes: number;
              };
              /** @description The built-in risk-language rules by category (read-only; they run for every scheme, before its own added phrases) */
              builtInRiskLanguage: {
                category: string;
                /** @description The category in plain English */
                label: string;
                rules: {
                  id: string;
                  /** @description What the rule catches */
                  catches: string;
                  /** @description Sentences it prompts on */
                  examples: string[];
                }[];
              }[];
              safeguardingLead: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/settings/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Only staff whose name contains this (any case; % and _ match themselves); empty for everyone */
          q?: string;
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Staff per page (default 25, most 100) */
          limit?: number;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Active managers and supervisors of the scheme by name: who may be safeguarding lead or a named supervisor */
              staff: {
                userId: string;
                name: string;
                /**
                 * @description scheme_manager for someone who is both
                 * @enum {unknown}
                 */
                role: 'scheme_manager' | 'supervisor';
              }[];
              /** @description Cursor for the next page (pass as ?after=), or null on the last page */
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/settings/criteria': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            minAge: number;
            maxAge: number | null;
            /** @description ODS codes; empty for any practice */
            practicesServed: string[];
            /** @description Need codes; empty for any need */
            needsInScope: string[];
            selfReferralOpen: boolean;
            exclusions: {
              /** @description A circumstance code from GET /api/codes */
              circumstance: string;
              /** @enum {unknown} */
              outcome: 'out_of_scope' | 'needs_review';
              /** @description The pathway to suggest instead */
              alternative: string;
              /** @description Crisis-type: a referral naming it is still saved but flagged "possible crisis — review today", tops triage, alerts the team, and the referrer is told where to get urgent help. Left out: true for mental-health-crisis, false otherwise. */
              crisis?: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                id: string;
                slug: string;
                name: string;
              };
              version: number;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              criteria: {
                minAge: number;
                maxAge: number | null;
                practicesServed: string[];
                needsInScope: string[];
                selfReferralOpen: boolean;
                exclusions: {
                  /** @description A circumstance code from GET /api/codes */
                  circumstance: string;
                  /** @enum {unknown} */
                  outcome: 'out_of_scope' | 'needs_review';
                  /** @description The pathway to suggest instead */
                  alternative: string;
                  crisis: boolean;
                }[];
              };
              policies: {
                annualPeoplePerFte: number;
                fullTimeHours: number;
                contactAttempts: number;
                contactWindowDays: number;
                letterWaitDays: number;
                interventionWeeks: number;
                interventionSessions: number;
                /** @description Weeks without a referral before a practice counts as stopped */
                practiceQuietWeeks: number;
              };
              /** @description GP practices known to Linkwork, to choose from */
              practices: {
                odsCode: string;
                name: string;
              }[];
              safety: {
                crisisContacts: {
                  name: string;
                  phone: string;
                  /** @description When to call, e.g. "24 hours" */
                  when: string;
                }[];
                safeguardingLeadId: string | null;
                supervisionCadenceDays: number;
                difficultSessionsInRow: number;
                debriefResponseWorkingDays: number;
                loneWorkingGraceMinutes: number;
                loneWorkingEscalationMinutes: number;
                /** @description The scheme's own phrases that prompt a risk check, ADDED TO Linkwork's built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more. */
                addedRiskPhrases: string[];
                onwardReminderWorkingDays: number;
                onwardAutoDeclineDays: number;
                /** @description Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is */
                loneWorkingCheckInWindowMinutes: number;
              };
              /** @description The built-in risk-language rules by category (read-only; they run for every scheme, before its own added phrases) */
              builtInRiskLanguage: {
                category: string;
                /** @description The category in plain English */
                label: string;
                rules: {
                  id: string;
                  /** @description What the rule catches */
                  catches: string;
                  /** @description Sentences it prompts on */
                  examples: string[];
                }[];
              }[];
              safeguardingLead: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/settings/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            /** @description People a full-time worker supports in a year (200–250 is safe) */
            annualPeoplePerFte: number;
            fullTimeHours: number;
            contactAttempts: number;
            contactWindowDays: number;
            letterWaitDays: number;
            interventionWeeks: number;
            interventionSessions: number;
            /** @description Weeks without a referral after which a practice that used to refer is reported to the managers as stopped; left out, it stays as it is */
            practiceQuietWeeks?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                id: string;
                slug: string;
                name: string;
              };
              version: number;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              criteria: {
                minAge: number;
                maxAge: number | null;
                practicesServed: string[];
                needsInScope: string[];
                selfReferralOpen: boolean;
                exclusions: {
                  /** @description A circumstance code from GET /api/codes */
                  circumstance: string;
                  /** @enum {unknown} */
                  outcome: 'out_of_scope' | 'needs_review';
                  /** @description The pathway to suggest instead */
                  alternative: string;
                  crisis: boolean;
                }[];
              };
              policies: {
                annualPeoplePerFte: number;
                fullTimeHours: number;
                contactAttempts: number;
                contactWindowDays: number;
                letterWaitDays: number;
                interventionWeeks: number;
                interventionSessions: number;
                /** @description Weeks without a referral before a practice counts as stopped */
                practiceQuietWeeks: number;
              };
              /** @description GP practices known to Linkwork, to choose from */
              practices: {
                odsCode: string;
                name: string;
              }[];
              safety: {
                crisisContacts: {
                  name: string;
                  phone: string;
                  /** @description When to call, e.g. "24 hours" */
                  when: string;
                }[];
                safeguardingLeadId: string | null;
                supervisionCadenceDays: number;
                difficultSessionsInRow: number;
                debriefResponseWorkingDays: number;
                loneWorkingGraceMinutes: number;
                loneWorkingEscalationMinutes: number;
                /** @description The scheme's own phrases that prompt a risk check, ADDED TO Linkwork's built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more. */
                addedRiskPhrases: string[];
                onwardReminderWorkingDays: number;
                onwardAutoDeclineDays: number;
                /** @description Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is */
                loneWorkingCheckInWindowMinutes: number;
              };
              /** @description The built-in risk-language rules by category (read-only; they run for every scheme, before its own added phrases) */
              builtInRiskLanguage: {
                category: string;
                /** @description The category in plain English */
                label: string;
                rules: {
                  id: string;
                  /** @description What the rule catches */
                  catches: string;
                  /** @description Sentences it prompts on */
                  examples: string[];
                }[];
              }[];
              safeguardingLead: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/settings/safety': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      /** @description The added risk phrases, check-in window and onward-referral timings left out stay as they are. */
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            crisisContacts: {
              name: string;
              phone: string;
              /** @description When to call, e.g. "24 hours" */
              when: string;
            }[];
            /** Format: uuid */
            safeguardingLeadId: string | null;
            supervisionCadenceDays: number;
            difficultSessionsInRow: number;
            debriefResponseWorkingDays: number;
            loneWorkingGraceMinutes: number;
            loneWorkingEscalationMinutes: number;
            /** @description The scheme's own phrases that prompt a risk check, ADDED TO Linkwork's built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more. */
            addedRiskPhrases?: string[];
            /** @description Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is */
            loneWorkingCheckInWindowMinutes?: number;
            onwardReminderWorkingDays?: number;
            onwardAutoDeclineDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                id: string;
                slug: string;
                name: string;
              };
              version: number;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              criteria: {
                minAge: number;
                maxAge: number | null;
                practicesServed: string[];
                needsInScope: string[];
                selfReferralOpen: boolean;
                exclusions: {
                  /** @description A circumstance code from GET /api/codes */
                  circumstance: string;
                  /** @enum {unknown} */
                  outcome: 'out_of_scope' | 'needs_review';
                  /** @description The pathway to suggest instead */
                  alternative: string;
                  crisis: boolean;
                }[];
              };
              policies: {
                annualPeoplePerFte: number;
                fullTimeHours: number;
                contactAttempts: number;
                contactWindowDays: number;
                letterWaitDays: number;
                interventionWeeks: number;
                interventionSessions: number;
                /** @description Weeks without a referral before a practice counts as stopped */
                practiceQuietWeeks: number;
              };
              /** @description GP practices known to Linkwork, to choose from */
              practices: {
                odsCode: string;
                name: string;
              }[];
              safety: {
                crisisContacts: {
                  name: string;
                  phone: string;
                  /** @description When to call, e.g. "24 hours" */
                  when: string;
                }[];
                safeguardingLeadId: string | null;
                supervisionCadenceDays: number;
                difficultSessionsInRow: number;
                debriefResponseWorkingDays: number;
                loneWorkingGraceMinutes: number;
                loneWorkingEscalationMinutes: number;
                /** @description The scheme's own phrases that prompt a risk check, ADDED TO Linkwork's built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more. */
                addedRiskPhrases: string[];
                onwardReminderWorkingDays: number;
                onwardAutoDeclineDays: number;
                /** @description Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is */
                loneWorkingCheckInWindowMinutes: number;
              };
              /** @description The built-in risk-language rules by category (read-only; they run for every scheme, before its own added phrases) */
              builtInRiskLanguage: {
                category: string;
                /** @description The category in plain English */
                label: string;
                rules: {
                  id: string;
                  /** @description What the rule catches */
                  catches: string;
                  /** @description Sentences it prompts on */
                  examples: string[];
                }[];
              }[];
              safeguardingLead: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/workers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Opaque cursor from the previous page's "next". */
          before?: string;
          /** @description Only workers whose name contains this (any case); empty for every worker */
          q?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Up to 25 active link workers by name, each with their hours, languages and safe-caseload position */
              workers: {
                userId: string;
                name: string;
                hoursPerWeek: number;
                languages: string[];
                acceptingCases: boolean;
                supervisorId: string | null;
                supervisor: {
                  userId: string;
                  name: string;
                  role: ('scheme_manager' | 'supervisor') | null;
                } | null;
                supervisionCadenceDays: number | null;
                startedOn: string | null;
                capacity: {
                  cap: number;
                  annualCap: number;
                  openCases: number;
                  allocatedThisYear: number;
                  spare: number;
                  overCap: boolean;
                };
              }[];
              /** @description How many active link workers the scheme has (whose name contains q, when given) */
              total: number;
              /** @description Cursor for the next page (pass as ?after=), or null on the last page */
              next: string | null;
              /** @description Cursor for the page before (pass as ?before=), or null on the first page */
              previous: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/workers/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              userId: string;
              name: string;
              hoursPerWeek: number;
              languages: string[];
              acceptingCases: boolean;
              supervisorId: string | null;
              supervisor: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
              supervisionCadenceDays: number | null;
              startedOn: string | null;
              capacity: {
                cap: number;
                annualCap: number;
                openCases: number;
                allocatedThisYear: number;
                spare: number;
                overCap: boolean;
              };
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          userId: string;
        };
        cookie?: never;
      };
      /** @description Supervision fields left out stay as they are. */
      requestBody: {
        content: {
          'application/json': {
            hoursPerWeek: number;
            languages: string[];
            acceptingCases: boolean;
            /** Format: uuid */
            supervisorId?: string | null;
            /** @description Days between supervision sessions; null for the scheme's cadence */
            supervisionCadenceDays?: number | null;
            /** @description A date as yyyy-mm-dd */
            startedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              userId: string;
              name: string;
              hoursPerWeek: number;
              languages: string[];
              acceptingCases: boolean;
              supervisorId: string | null;
              supervisor: {
                userId: string;
                name: string;
                role: ('scheme_manager' | 'supervisor') | null;
              } | null;
              supervisionCadenceDays: number | null;
              startedOn: string | null;
              capacity: {
                cap: number;
                annualCap: number;
                openCases: number;
                allocatedThisYear: number;
                spare: number;
                overCap: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              visits: {
                id: string;
                /** @enum {unknown} */
                status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
                worker: {
                  id: string;
                  name: string;
                };
                buddy: {
                  id: string;
                  name: string;
                };
                caseId: string | null;
                place: string;
                purpose: string;
                workerPhone: string;
                /** @description A date and time, ISO 8601 */
                plannedStart: string;
                /** @description A date and time, ISO 8601 */
                expectedEnd: string;
                /** @description A date and time, ISO 8601 */
                checkedInAt: string | null;
                /** @description A date and time, ISO 8601 */
                checkedOutAt: string | null;
                checkIn: {
                  /** @description A date and time, ISO 8601 */
                  from: string;
                  /** @description A date and time, ISO 8601 */
                  until: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                helpRequestedAt: string | null;
                /** @description Open and past the expected end plus the scheme's grace period */
                overdue: boolean;
                /** @description A date and time, ISO 8601 */
                alertDueAt: string;
                /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
                alertLevel: number;
                /**
                 * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
                 * @enum {unknown}
                 */
                alert: 'none' | 'active' | 'acknowledged' | 'cleared';
                /** @description A date and time, ISO 8601 */
                lastAlertAt: string | null;
                /** @description A date and time, ISO 8601 */
                escalationEndedAt: string | null;
                acknowledgement: {
                  /** @description A date and time, ISO 8601 */
                  at: string;
                  by: string;
                  note: string;
                } | null;
                version: number;
                /** @description check-in, check-out, extend, cancel, help, acknowledge */
                allowedActions: string[];
              }[];
              graceMinutes: number;
              escalationMinutes: number;
              checkInWindowMinutes: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Overdue visits and alerts nobody has acknowledged (calls for help among them), most urgent first: on every page, never paged away; at most 50 */
              urgent: {
                id: string;
                /** @enum {unknown} */
                status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
                worker: {
                  id: string;
                  name: string;
                };
                buddy: {
                  id: string;
                  name: string;
                };
                caseId: string | null;
                place: string;
                purpose: string;
                workerPhone: string;
                /** @description A date and time, ISO 8601 */
                plannedStart: string;
                /** @description A date and time, ISO 8601 */
                expectedEnd: string;
                /** @description A date and time, ISO 8601 */
                checkedInAt: string | null;
                /** @description A date and time, ISO 8601 */
                checkedOutAt: string | null;
                checkIn: {
                  /** @description A date and time, ISO 8601 */
                  from: string;
                  /** @description A date and time, ISO 8601 */
                  until: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                helpRequestedAt: string | null;
                /** @description Open and past the expected end plus the scheme's grace period */
                overdue: boolean;
                /** @description A date and time, ISO 8601 */
                alertDueAt: string;
                /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
                alertLevel: number;
                /**
                 * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
                 * @enum {unknown}
                 */
                alert: 'none' | 'active' | 'acknowledged' | 'cleared';
                /** @description A date and time, ISO 8601 */
                lastAlertAt: string | null;
                /** @description A date and time, ISO 8601 */
                escalationEndedAt: string | null;
                acknowledgement: {
                  /** @description A date and time, ISO 8601 */
                  at: string;
                  by: string;
                  note: string;
                } | null;
                version: number;
                /** @description check-in, check-out, extend, cancel, help, acknowledge */
                allowedActions: string[];
              }[];
              /** @description More visits need action than the 50 listed in urgent */
              moreUrgent: boolean;
              /** @description A page of the other visits (at most 50): under way, then planned, then finished, each by expected end */
              visits: {
                id: string;
                /** @enum {unknown} */
                status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
                worker: {
                  id: string;
                  name: string;
                };
                buddy: {
                  id: string;
                  name: string;
                };
                caseId: string | null;
                place: string;
                purpose: string;
                workerPhone: string;
                /** @description A date and time, ISO 8601 */
                plannedStart: string;
                /** @description A date and time, ISO 8601 */
                expectedEnd: string;
                /** @description A date and time, ISO 8601 */
                checkedInAt: string | null;
                /** @description A date and time, ISO 8601 */
                checkedOutAt: string | null;
                checkIn: {
                  /** @description A date and time, ISO 8601 */
                  from: string;
                  /** @description A date and time, ISO 8601 */
                  until: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                helpRequestedAt: string | null;
                /** @description Open and past the expected end plus the scheme's grace period */
                overdue: boolean;
                /** @description A date and time, ISO 8601 */
                alertDueAt: string;
                /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
                alertLevel: number;
                /**
                 * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
                 * @enum {unknown}
                 */
                alert: 'none' | 'active' | 'acknowledged' | 'cleared';
                /** @description A date and time, ISO 8601 */
                lastAlertAt: string | null;
                /** @description A date and time, ISO 8601 */
                escalationEndedAt: string | null;
                acknowledgement: {
                  /** @description A date and time, ISO 8601 */
                  at: string;
                  by: string;
                  note: string;
                } | null;
                version: number;
                /** @description check-in, check-out, extend, cancel, help, acknowledge */
                allowedActions: string[];
              }[];
              /** @description Cursor for the next page of the other visits, or null */
              next: string | null;
              graceMinutes: number;
              escalationMinutes: number;
              checkInWindowMinutes: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The address or venue */
            place: string;
            purpose?: string;
            plannedStart: string;
            expectedEnd: string;
            buddyId: string;
            /** @description How to reach the worker during the visit */
            workerPhone: string;
            caseId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/unplanned': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The address or venue */
            place: string;
            purpose?: string;
            /** @description When the visit is expected to end; or give durationMinutes */
            expectedEnd?: string;
            /** @description How long the visit is expected to last from now; or give expectedEnd */
            durationMinutes?: number;
            buddyId: string;
            /** @description How to reach the worker during the visit */
            workerPhone: string;
            caseId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/help': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/check-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            expectedEnd: string;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/lone-working/visits/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What you did and what you found, e.g. "Called Jordan, she is safe, phone had died" */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status: 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
              worker: {
                id: string;
                name: string;
              };
              buddy: {
                id: string;
                name: string;
              };
              caseId: string | null;
              place: string;
              purpose: string;
              workerPhone: string;
              /** @description A date and time, ISO 8601 */
              plannedStart: string;
              /** @description A date and time, ISO 8601 */
              expectedEnd: string;
              /** @description A date and time, ISO 8601 */
              checkedInAt: string | null;
              /** @description A date and time, ISO 8601 */
              checkedOutAt: string | null;
              checkIn: {
                /** @description A date and time, ISO 8601 */
                from: string;
                /** @description A date and time, ISO 8601 */
                until: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              helpRequestedAt: string | null;
              /** @description Open and past the expected end plus the scheme's grace period */
              overdue: boolean;
              /** @description A date and time, ISO 8601 */
              alertDueAt: string;
              /** @description 0 none, 1 buddy and managers alerted, 2-4 escalated */
              alertLevel: number;
              /**
               * @description none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)
               * @enum {unknown}
               */
              alert: 'none' | 'active' | 'acknowledged' | 'cleared';
              /** @description A date and time, ISO 8601 */
              lastAlertAt: string | null;
              /** @description A date and time, ISO 8601 */
              escalationEndedAt: string | null;
              acknowledgement: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                note: string;
              } | null;
              version: number;
              /** @description check-in, check-out, extend, cancel, help, acknowledge */
              allowedActions: string[];
              timeline: {
                /** @description A date and time, ISO 8601 */
                at: string;
                kind: string;
                text: string;
                by: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Only unread notifications */
          unread?: boolean;
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @description One of the kinds in src/modules/notifications/notification-kinds.ts */
                kind: string;
                /** @description A person may be at risk: listed first */
                urgent: boolean;
                subject: string;
                body: string;
                /** @description Where to act on it: the risk, the visit, the debrief request, the referral */
                link: string | null;
                person: {
                  name: string;
                } | null;
                worker: {
                  id: string;
                  name: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                /** @description A date and time, ISO 8601 */
                readAt: string | null;
              }[];
              unread: number;
              urgent: number;
              /** @description Cursor for the next page (pass as "after"), or null on the last page */
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/notifications/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
              urgent: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
              urgent: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
              urgent: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              needs: {
                code: string;
                label: string;
                snomed: {
                  code: string;
                  display: string;
                } | null;
              }[];
              circumstances: {
                code: string;
                label: string;
                defaultAlternative: string;
              }[];
              ethnicCategories: {
                code: string;
                label: string;
              }[];
              dischargeReasons: {
                code: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/self-referral/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scheme: {
                name: string;
                slug: string;
              };
              open: boolean;
              /** @description Send back with the form; it proves the form was loaded a few seconds before. */
              formToken: string;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            formToken: string;
            website?: string;
            patient: {
              nhsNumber?: string | null;
              givenName: string;
              familyName: string;
              /** @description yyyy-mm-dd */
              dateOfBirth?: string | null;
              sex?: ('male' | 'female' | 'other' | 'unknown') | null;
              genderIdentity?: string | null;
              ethnicity?: string | null;
              addressLine1?: string | null;
              addressLine2?: string | null;
              town?: string | null;
              postcode?: string | null;
              phone?: string | null;
              email?: string | null;
              preferredContact?: ('phone' | 'text' | 'email' | 'letter') | null;
              preferredLanguage?: string | null;
              interpreterNeeded?: boolean;
              accessibilityNeeds?: string | null;
              practiceOdsCode?: string | null;
            };
            needs: string[];
            reason: string;
            consent: {
              /** @description The person agrees to be contacted by the service (required to be true). */
              contact: boolean;
              /** @description The person agrees their details may be shared with community services they are referred on to. */
              shareWithServices: boolean;
              /** @description The person agrees the service may share updates with their GP. */
              shareWithGp: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
              reference: string;
              crisis: {
                /** @description Why the referral was flagged, in words. */
                reasons: string[];
                /** @description The scheme's crisis contacts. */
                contacts: {
                  name: string;
                  phone: string;
                  when: string;
                }[];
                /** @description The alternative pathway of each crisis-type exclusion the referral named. */
                alternatives: string[];
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/whoami': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              client: {
                id: string;
                name: string;
              };
              scheme: {
                id: string;
                slug: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CapabilityStatement: what this FHIR server supports */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/ServiceRequest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a social prescribing referral (Patient contained or referenced); answers with its Task
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a transaction Bundle of one Patient and one ServiceRequest
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/Task/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the Task tracking a referral (or, for a community organisation's system, an onward referral it owns)
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    /**
     * Update an onward-referral Task your organisation owns: status, statusReason, businessStatus, output (If-Match: W/"version")
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/Task': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find the Task for a referral: ?focus=ServiceRequest/{id}; or, for a community organisation's system, its onward-referral Tasks: ?owner=Organization/{id}&status={status}
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/ServiceRequest/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a referral as we hold it (or an onward referral your organisation received)
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fhir/Patient/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a person you referred
     * @description FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * API details
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Services (paged)
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1. */
          page?: number;
          /** @description Results per page, at most 100. */
          per_page?: number;
          /** @description Full text search over name and description. */
          search?: string;
          taxonomy_term_id?: string;
          taxonomy_id?: string;
          organization_id?: string;
          /** @description Services whose minimum age is at least this. */
          minimum_age?: number;
          /** @description Services whose maximum age is at most this. */
          maximum_age?: number;
          /** @description Services last modified on or after this date-time. */
          modified_after?: string;
          /** @description iCal day code: MO … SU. */
          day?: string;
          /** @description HH:MM or HH:MM:SS */
          start_time?: string;
          /** @description HH:MM or HH:MM:SS */
          end_time?: string;
          /** @description A UK postcode: results are ordered nearest first from its centre (or, for a postcode not in the list, its district's). */
          postcode?: string;
          /** @description With postcode: only results within this many metres (1 to 200,000). */
          proximity?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One full service
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/service_at_locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Services at locations (paged)
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1. */
          page?: number;
          /** @description Results per page, at most 100. */
          per_page?: number;
          /** @description Full text search over name and description. */
          search?: string;
          taxonomy_term_id?: string;
          taxonomy_id?: string;
          organization_id?: string;
          /** @description Services whose minimum age is at least this. */
          minimum_age?: number;
          /** @description Services whose maximum age is at most this. */
          maximum_age?: number;
          /** @description Services last modified on or after this date-time. */
          modified_after?: string;
          /** @description iCal day code: MO … SU. */
          day?: string;
          /** @description HH:MM or HH:MM:SS */
          start_time?: string;
          /** @description HH:MM or HH:MM:SS */
          end_time?: string;
          /** @description A UK postcode: results are ordered nearest first from its centre (or, for a postcode not in the list, its district's). */
          postcode?: string;
          /** @description With postcode: only results within this many metres (1 to 200,000). */
          proximity?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/service_at_locations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One service at a location
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/taxonomies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Taxonomies (paged)
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1. */
          page?: number;
          /** @description Results per page, at most 100. */
          per_page?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/taxonomies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One taxonomy with its terms
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/taxonomy_terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Taxonomy terms (paged)
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1. */
          page?: number;
          /** @description Results per page, at most 100. */
          per_page?: number;
          taxonomy_id?: string;
          parent_id?: string;
          /** @description Only terms without a parent. */
          top_only?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oruk/taxonomy_terms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One taxonomy term
     * @description Open Referral UK 3.0: public, read-only, CORS open.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description A taxonomy term id (its narrower terms match too) */
          need?: string;
          /** @description Free text, as in a web search */
          q?: string;
          postcode?: string;
          /** @description Distance from the postcode in miles: 1, 3, 5, 10 or 25 */
          within?: 1 | 3 | 5 | 10 | 25;
          /** @description Language code (ISO 639, e.g. pl) or name */
          language?: string;
          /** @description The person's age: services whose age range includes it */
          age?: number;
          day?: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
          /** @description HH:MM, 24-hour */
          from?: string;
          /** @description HH:MM, 24-hour */
          to?: string;
          /** @description Only services that cost nothing */
          free?: boolean;
          capacity?: ('capacity' | 'waitlist' | 'no_capacity' | 'unknown')[];
          /** @description Leave out services not confirmed in the last 12 months */
          hideStale?: boolean;
          page?: number;
          size?: number;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many services match; a filtered search counts up to 1,000 (see totalCapped). */
              total: number;
              /** @description True when more than `total` services match (a filtered search stops counting at 1,000). */
              totalCapped: boolean;
              page: number;
              size: number;
              located: {
                postcode: string;
                /**
                 * @description district: the postcode itself is not known, so distances are from the centre of its district
                 * @enum {unknown}
                 */
                precision: 'postcode' | 'district';
                withinMiles: number;
              } | null;
              results: {
                id: string;
                name: string;
                description: string | null;
                status: string;
                organisation: {
                  id: string | null;
                  name: string | null;
                };
                owner: {
                  organisationId: string;
                  name: string;
                  type: string;
                  /** @description A community organisation on Linkwork: onward referrals reach its inbox */
                  onLinkwork: boolean;
                } | null;
                place: {
                  name: string | null;
                  address: string | null;
                  postcode: string | null;
                } | null;
                otherPlaces: number;
                distanceMiles: number | null;
                languages: {
                  name: string | null;
                  code: string | null;
                }[];
                needs: {
                  id: string;
                  name: string;
                }[];
                ageRange: {
                  minimum: number | null;
                  maximum: number | null;
                };
                cost: {
                  free: boolean;
                  /** @description How much it costs, in words */
                  text: string;
                };
                freshness: {
                  /** @description A date as yyyy-mm-dd */
                  assuredDate: string | null;
                  /**
                   * @description stale: confirmed more than 12 months ago; unknown: never confirmed
                   * @enum {unknown}
                   */
                  state: 'fresh' | 'stale' | 'unknown';
                };
                capacity: {
                  status: ('capacity' | 'waitlist' | 'no_capacity') | null;
                  note: string | null;
                  /** @description A date and time, ISO 8601 */
                  updatedAt: string | null;
                };
                referrals: {
                  medianResponseHours: number | null;
                  /** @description 0–1 */
                  acceptanceRate: number | null;
                  answered: number;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/search-choices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              needs: {
                id: string;
                name: string;
                services: number;
              }[];
              languages: {
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              service: {
                id: string;
                name: string;
                status: string;
                description?: string;
                url?: string;
                email?: string;
                alert?: string;
                schedules?: ({
                  id: string;
                  freq?: string;
                  interval?: number;
                  byday?: string;
                  bymonthday?: string;
                  opens_at?: string;
                  closes_at?: string;
                  description?: string;
                  attending_type?: string;
                } & {
                  [key: string]: unknown;
                })[];
                contacts?: ({
                  id: string;
                  name?: string;
                  phones?: ({
                    id: string;
                    number: string;
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
                service_at_locations?: ({
                  id: string;
                  location?: {
                    id: string;
                    name?: string;
                    addresses?: ({
                      address_1: string;
                      address_2?: string;
                      city: string;
                      postal_code: string;
                    } & {
                      [key: string]: unknown;
                    })[];
                  } & {
                    [key: string]: unknown;
                  };
                } & {
                  [key: string]: unknown;
                })[];
              } & {
                [key: string]: unknown;
              };
              summary: {
                id: string;
                name: string;
                description: string | null;
                status: string;
                organisation: {
                  id: string | null;
                  name: string | null;
                };
                owner: {
                  organisationId: string;
                  name: string;
                  type: string;
                  /** @description A community organisation on Linkwork: onward referrals reach its inbox */
                  onLinkwork: boolean;
                } | null;
                place: {
                  name: string | null;
                  address: string | null;
                  postcode: string | null;
                } | null;
                otherPlaces: number;
                distanceMiles: number | null;
                languages: {
                  name: string | null;
                  code: string | null;
                }[];
                needs: {
                  id: string;
                  name: string;
                }[];
                ageRange: {
                  minimum: number | null;
                  maximum: number | null;
                };
                cost: {
                  free: boolean;
                  /** @description How much it costs, in words */
                  text: string;
                };
                freshness: {
                  /** @description A date as yyyy-mm-dd */
                  assuredDate: string | null;
                  /**
                   * @description stale: confirmed more than 12 months ago; unknown: never confirmed
                   * @enum {unknown}
                   */
                  state: 'fresh' | 'stale' | 'unknown';
                };
                capacity: {
                  status: ('capacity' | 'waitlist' | 'no_capacity') | null;
                  note: string | null;
                  /** @description A date and time, ISO 8601 */
                  updatedAt: string | null;
                };
                referrals: {
                  medianResponseHours: number | null;
                  /** @description 0–1 */
                  acceptanceRate: number | null;
                  answered: number;
                };
              };
              editable: {
                name: string;
                description: string | null;
                email: string | null;
                url: string | null;
                /** @enum {unknown} */
                status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
                minimumAge: number | null;
                maximumAge: number | null;
                fees: string | null;
                free: boolean;
                languages: {
                  name: string;
                  code: string;
                }[];
                capacity: ('capacity' | 'waitlist' | 'no_capacity') | null;
                capacityNote: string | null;
              };
              /** @description Send it back with an edit; 0 when never edited in Linkwork */
              version: number;
              canEdit: boolean;
              canNote: boolean;
              openChangeReports: number;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw (0 when never edited); a newer one gives 409 edit-conflict */
            version: number;
            name?: string;
            description?: string | null;
            email?: string | null;
            url?: string | null;
            /** @enum {unknown} */
            status?: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
            minimumAge?: number | null;
            maximumAge?: number | null;
            fees?: string | null;
            /** @description true: costs nothing; false: the fees text says what it costs */
            free?: boolean;
            languages?: {
              name: string;
              code: string;
            }[];
            capacity?: ('capacity' | 'waitlist' | 'no_capacity') | null;
            capacityNote?: string | null;
            /** @description The details are still correct: sets the assured date to today */
            confirmCorrect?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              service: {
                id: string;
                name: string;
                status: string;
                description?: string;
                url?: string;
                email?: string;
                alert?: string;
                schedules?: ({
                  id: string;
                  freq?: string;
                  interval?: number;
                  byday?: string;
                  bymonthday?: string;
                  opens_at?: string;
                  closes_at?: string;
                  description?: string;
                  attending_type?: string;
                } & {
                  [key: string]: unknown;
                })[];
                contacts?: ({
                  id: string;
                  name?: string;
                  phones?: ({
                    id: string;
                    number: string;
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
                service_at_locations?: ({
                  id: string;
                  location?: {
                    id: string;
                    name?: string;
                    addresses?: ({
                      address_1: string;
                      address_2?: string;
                      city: string;
                      postal_code: string;
                    } & {
                      [key: string]: unknown;
                    })[];
                  } & {
                    [key: string]: unknown;
                  };
                } & {
                  [key: string]: unknown;
                })[];
              } & {
                [key: string]: unknown;
              };
              summary: {
                id: string;
                name: string;
                description: string | null;
                status: string;
                organisation: {
                  id: string | null;
                  name: string | null;
                };
                owner: {
                  organisationId: string;
                  name: string;
                  type: string;
                  /** @description A community organisation on Linkwork: onward referrals reach its inbox */
                  onLinkwork: boolean;
                } | null;
                place: {
                  name: string | null;
                  address: string | null;
                  postcode: string | null;
                } | null;
                otherPlaces: number;
                distanceMiles: number | null;
                languages: {
                  name: string | null;
                  code: string | null;
                }[];
                needs: {
                  id: string;
                  name: string;
                }[];
                ageRange: {
                  minimum: number | null;
                  maximum: number | null;
                };
                cost: {
                  free: boolean;
                  /** @description How much it costs, in words */
                  text: string;
                };
                freshness: {
                  /** @description A date as yyyy-mm-dd */
                  assuredDate: string | null;
                  /**
                   * @description stale: confirmed more than 12 months ago; unknown: never confirmed
                   * @enum {unknown}
                   */
                  state: 'fresh' | 'stale' | 'unknown';
                };
                capacity: {
                  status: ('capacity' | 'waitlist' | 'no_capacity') | null;
                  note: string | null;
                  /** @description A date and time, ISO 8601 */
                  updatedAt: string | null;
                };
                referrals: {
                  medianResponseHours: number | null;
                  /** @description 0–1 */
                  acceptanceRate: number | null;
                  answered: number;
                };
              };
              editable: {
                name: string;
                description: string | null;
                email: string | null;
                url: string | null;
                /** @enum {unknown} */
                status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
                minimumAge: number | null;
                maximumAge: number | null;
                fees: string | null;
                free: boolean;
                languages: {
                  name: string;
                  code: string;
                }[];
                capacity: ('capacity' | 'waitlist' | 'no_capacity') | null;
                capacityNote: string | null;
              };
              /** @description Send it back with an edit; 0 when never edited in Linkwork */
              version: number;
              canEdit: boolean;
              canNote: boolean;
              openChangeReports: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/services/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notes: {
                id: string;
                body: string;
                author: {
                  id: string;
                  name: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                mine: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notes: {
                id: string;
                body: string;
                author: {
                  id: string;
                  name: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                mine: boolean;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/services/{id}/notes/{noteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
          noteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notes: {
                id: string;
                body: string;
                author: {
                  id: string;
                  name: string;
                };
                /** @description A date and time, ISO 8601 */
                createdAt: string;
                mine: boolean;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/services/{id}/change-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description closed; wrong_contact (phone, email or website); wrong_times; other
             * @enum {unknown}
             */
            kind: 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
            details: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/change-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'resolved';
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reports: {
                id: string;
                service: {
                  id: string;
                  name: string;
                };
                /**
                 * @description closed; wrong_contact (phone, email or website); wrong_times; other
                 * @enum {unknown}
                 */
                kind: 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
                details: string;
                /** @description A date and time, ISO 8601 */
                reportedAt: string;
                reportedBy: string;
                /** @enum {unknown} */
                status: 'open' | 'resolved';
                /** @description A date and time, ISO 8601 */
                resolvedAt: string | null;
                resolvedBy: string | null;
                resolutionNote: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/change-reports/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reports: {
                id: string;
                service: {
                  id: string;
                  name: string;
                };
                /**
                 * @description closed; wrong_contact (phone, email or website); wrong_times; other
                 * @enum {unknown}
                 */
                kind: 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
                details: string;
                /** @description A date and time, ISO 8601 */
                reportedAt: string;
                reportedBy: string;
                /** @enum {unknown} */
                status: 'open' | 'resolved';
                /** @description A date and time, ISO 8601 */
                resolvedAt: string | null;
                resolvedBy: string | null;
                resolutionNote: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/directory/our-services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              services: {
                id: string;
                name: string;
                status: string;
                organisationName: string | null;
                freshness: {
                  /** @description A date as yyyy-mm-dd */
                  assuredDate: string | null;
                  /**
                   * @description stale: confirmed more than 12 months ago; unknown: never confirmed
                   * @enum {unknown}
                   */
                  state: 'fresh' | 'stale' | 'unknown';
                };
                capacity: {
                  status: ('capacity' | 'waitlist' | 'no_capacity') | null;
                  note: string | null;
                  /** @description A date and time, ISO 8601 */
                  updatedAt: string | null;
                };
              }[];
              organisation: {
                id: string;
                name: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organisations/{id}/directory-organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                services: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organisations/{id}/directory-organizations/{directoryOrganizationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          directoryOrganizationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                services: number;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          directoryOrganizationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                services: number;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/directory-organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                owner: {
                  id: string;
                  name: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/catalogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              courses: {
                id: string;
                code: string;
                name: string;
                description: string;
                /** @description null: done once, never renewed. */
                renewalMonths: number | null;
                requiredForRoles: string[];
                coversFlags: string[];
                active: boolean;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: string;
            description: string;
            renewalMonths: number | null;
            requiredForRoles: ('link_worker' | 'supervisor' | 'scheme_manager')[];
            coversFlags: string[];
            active: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              name: string;
              description: string;
              /** @description null: done once, never renewed. */
              renewalMonths: number | null;
              requiredForRoles: string[];
              coversFlags: string[];
              active: boolean;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/catalogue/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            name: string;
            description: string;
            renewalMonths: number | null;
            requiredForRoles: ('link_worker' | 'supervisor' | 'scheme_manager')[];
            coversFlags: string[];
            active: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              name: string;
              description: string;
              /** @description null: done once, never renewed. */
              renewalMonths: number | null;
              requiredForRoles: string[];
              coversFlags: string[];
              active: boolean;
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/complexity-flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              flags: {
                code: string;
                label: string;
                hint: string;
                /** @description Active courses a worker needs, current, for a case with this flag. */
                courses: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              person: {
                id: string;
                name: string;
                roles: string[];
              };
              /** @description A date as yyyy-mm-dd */
              today: string;
              courses: {
                courseId: string;
                name: string;
                required: boolean;
                renewalMonths: number | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                /** @description A date as yyyy-mm-dd */
                completedOn: string | null;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                coversFlags: string[];
              }[];
              records: {
                id: string;
                courseId: string;
                courseName: string;
                /** @description A date as yyyy-mm-dd */
                completedOn: string;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                notes: string;
                certificate: {
                  id: string;
                  fileName: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              }[];
              induction: {
                /** @description Started within 12 weeks, or items still outstanding. */
                shown: boolean;
                /** @description A date as yyyy-mm-dd */
                startedOn: string | null;
                items: {
                  code: string;
                  label: string;
                  /** @description A date as yyyy-mm-dd */
                  doneOn: string | null;
                }[];
                outstanding: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/people/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              person: {
                id: string;
                name: string;
                roles: string[];
              };
              /** @description A date as yyyy-mm-dd */
              today: string;
              courses: {
                courseId: string;
                name: string;
                required: boolean;
                renewalMonths: number | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                /** @description A date as yyyy-mm-dd */
                completedOn: string | null;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                coversFlags: string[];
              }[];
              records: {
                id: string;
                courseId: string;
                courseName: string;
                /** @description A date as yyyy-mm-dd */
                completedOn: string;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                notes: string;
                certificate: {
                  id: string;
                  fileName: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              }[];
              induction: {
                /** @description Started within 12 weeks, or items still outstanding. */
                shown: boolean;
                /** @description A date as yyyy-mm-dd */
                startedOn: string | null;
                items: {
                  code: string;
                  label: string;
                  /** @description A date as yyyy-mm-dd */
                  doneOn: string | null;
                }[];
                outstanding: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId?: string;
            /** Format: uuid */
            courseId: string;
            /** @description yyyy-mm-dd; not in the future. */
            completedOn: string;
            /** @description yyyy-mm-dd; only earlier than the renewal period gives (e.g. the certificate says so). */
            expiresOn?: string | null;
            notes?: string;
            certificate?: {
              fileName: string;
              contentType: string;
              /** @description The file, base64: a PDF, PNG or JPEG of at most 5 MB. */
              contentBase64: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              person: {
                id: string;
                name: string;
                roles: string[];
              };
              /** @description A date as yyyy-mm-dd */
              today: string;
              courses: {
                courseId: string;
                name: string;
                required: boolean;
                renewalMonths: number | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                /** @description A date as yyyy-mm-dd */
                completedOn: string | null;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                coversFlags: string[];
              }[];
              records: {
                id: string;
                courseId: string;
                courseName: string;
                /** @description A date as yyyy-mm-dd */
                completedOn: string;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                notes: string;
                certificate: {
                  id: string;
                  fileName: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              }[];
              induction: {
                /** @description Started within 12 weeks, or items still outstanding. */
                shown: boolean;
                /** @description A date as yyyy-mm-dd */
                startedOn: string | null;
                items: {
                  code: string;
                  label: string;
                  /** @description A date as yyyy-mm-dd */
                  doneOn: string | null;
                }[];
                outstanding: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/certificates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Opaque cursor from the previous page's "next". */
          before?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description A date as yyyy-mm-dd */
              today: string;
              courses: {
                id: string;
                name: string;
              }[];
              /** @description One page of people, by name then id (at most 25) */
              people: {
                id: string;
                name: string;
                roles: string[];
                inInduction: boolean;
                cells: {
                  courseId: string;
                  required: boolean;
                  /** @enum {unknown} */
                  status: 'current' | 'expiring' | 'expired' | 'missing';
                  /** @description A date as yyyy-mm-dd */
                  expiresOn: string | null;
                }[];
              }[];
              /** @description Cursor for the next page of people (pass as ?after=), or null on the last page */
              next: string | null;
              /** @description Cursor for the page of people before (pass as ?before=), or null on the first page */
              previous: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/training/induction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId?: string;
            item: string;
            done: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              person: {
                id: string;
                name: string;
                roles: string[];
              };
              /** @description A date as yyyy-mm-dd */
              today: string;
              courses: {
                courseId: string;
                name: string;
                required: boolean;
                renewalMonths: number | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                /** @description A date as yyyy-mm-dd */
                completedOn: string | null;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                coversFlags: string[];
              }[];
              records: {
                id: string;
                courseId: string;
                courseName: string;
                /** @description A date as yyyy-mm-dd */
                completedOn: string;
                /** @description A date as yyyy-mm-dd */
                expiresOn: string | null;
                /** @enum {unknown} */
                status: 'current' | 'expiring' | 'expired' | 'missing';
                notes: string;
                certificate: {
                  id: string;
                  fileName: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              }[];
              induction: {
                /** @description Started within 12 weeks, or items still outstanding. */
                shown: boolean;
                /** @description A date as yyyy-mm-dd */
                startedOn: string | null;
                items: {
                  code: string;
                  label: string;
                  /** @description A date as yyyy-mm-dd */
                  doneOn: string | null;
                }[];
                outstanding: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{id}/competence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              flags: {
                code: string;
                label: string;
              }[];
              overrides: {
                /** @description A date and time, ISO 8601 */
                at: string;
                by: string;
                workerName: string;
                reason: string;
                missing: {
                  flag: string;
                  course: string;
                  state: string;
                  /** @description A date as yyyy-mm-dd */
                  expiresOn: string | null;
                }[];
                summary: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Opaque cursor from the previous page's "next". */
          before?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              me: {
                workerId: string;
                workerName: string;
                supervisorId: string | null;
                supervisorName: string | null;
                cadenceDays: number;
                lastHeldOn: string | null;
                dueOn: string;
                overdue: boolean;
              } | null;
              /** @description One page, by name then id (at most 25). Supervisors: their supervisees. Managers: every link worker. */
              supervisees: {
                workerId: string;
                workerName: string;
                supervisorId: string | null;
                supervisorName: string | null;
                cadenceDays: number;
                lastHeldOn: string | null;
                dueOn: string;
                overdue: boolean;
              }[];
              /** @description Cursor for the next page (pass as ?after=), or null on the last page */
              next: string | null;
              /** @description Cursor for the page before (pass as ?before=), or null on the first page */
              previous: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/supervision/workers/{workerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          workerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              summary: {
                workerId: string;
                workerName: string;
                supervisorId: string | null;
                supervisorName: string | null;
                cadenceDays: number;
                lastHeldOn: string | null;
                dueOn: string;
                overdue: boolean;
              };
              sessions: {
                id: string;
                heldOn: string;
                /** @enum {unknown} */
                kind: 'clinical' | 'managerial' | 'peer' | 'group';
                supervisorId: string;
                supervisorName: string;
                /** @description True when you may see only that the session happened */
                confidential: boolean;
              }[];
              /** @description Action points of the sessions you took part in */
              actions: {
                id: string;
                sessionId: string;
                description: string;
                ownerId: string;
                ownerName: string;
                dueOn: string;
                done: boolean;
                overdue: boolean;
              }[];
              canRecord: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/supervision/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            workerId: string;
            /** @description A date as yyyy-mm-dd */
            heldOn: string;
            /** @enum {unknown} */
            kind: 'clinical' | 'managerial' | 'peer' | 'group';
            /** @description Confidential to the worker and the person recording the session */
            notes: string;
            /** @description Ids of the worker's cases discussed */
            casesDiscussed: string[];
            actions: {
              description: string;
              /** Format: uuid */
              ownerId: string;
              /** @description A date as yyyy-mm-dd */
              dueOn: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              workerId: string;
              workerName: string;
              supervisorId: string;
              supervisorName: string;
              heldOn: string;
              /** @enum {unknown} */
              kind: 'clinical' | 'managerial' | 'peer' | 'group';
              /** @description A date and time, ISO 8601 */
              recordedAt: string;
              confidential: boolean;
              notes: string | null;
              casesDiscussed:
                | {
                    id: string;
                    name: string;
                  }[]
                | null;
              actions:
                | {
                    id: string;
                    sessionId: string;
                    description: string;
                    ownerId: string;
                    ownerName: string;
                    dueOn: string;
                    done: boolean;
                    overdue: boolean;
                  }[]
                | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/supervision/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              workerId: string;
              workerName: string;
              supervisorId: string;
              supervisorName: string;
              heldOn: string;
              /** @enum {unknown} */
              kind: 'clinical' | 'managerial' | 'peer' | 'group';
              /** @description A date and time, ISO 8601 */
              recordedAt: string;
              confidential: boolean;
              notes: string | null;
              casesDiscussed:
                | {
                    id: string;
                    name: string;
                  }[]
                | null;
              actions:
                | {
                    id: string;
                    sessionId: string;
                    description: string;
                    ownerId: string;
                    ownerName: string;
                    dueOn: string;
                    done: boolean;
                    overdue: boolean;
                  }[]
                | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/supervision/actions/{id}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/debriefs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                workerId: string;
                workerName: string;
                supervisorName: string | null;
                /** @enum {unknown} */
                reason: 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';
                /** @description A date and time, ISO 8601 */
                requestedAt: string;
                /** @description A date and time, ISO 8601 */
                respondBy: string;
                /** @enum {unknown} */
                status: 'requested' | 'completed';
                /** @description A date and time, ISO 8601 */
                completedAt: string | null;
                overdue: boolean;
                escalated: boolean;
              }[];
              counts: {
                open: number;
                overdue: number;
                escalated: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              workerId: string;
              workerName: string;
              supervisorName: string | null;
              /** @enum {unknown} */
              reason: 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';
              /** @description A date and time, ISO 8601 */
              requestedAt: string;
              /** @description A date and time, ISO 8601 */
              respondBy: string;
              /** @enum {unknown} */
              status: 'requested' | 'completed';
              /** @description A date and time, ISO 8601 */
              completedAt: string | null;
              overdue: boolean;
              escalated: boolean;
              /** @description True when you may see only the category and the dates */
              confidential: boolean;
              notes: string | null;
              /** @description The case of the session that prompted it (worker and supervisor only) */
              caseId: string | null;
              canComplete: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/debriefs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              workerId: string;
              workerName: string;
              supervisorName: string | null;
              /** @enum {unknown} */
              reason: 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';
              /** @description A date and time, ISO 8601 */
              requestedAt: string;
              /** @description A date and time, ISO 8601 */
              respondBy: string;
              /** @enum {unknown} */
              status: 'requested' | 'completed';
              /** @description A date and time, ISO 8601 */
              completedAt: string | null;
              overdue: boolean;
              escalated: boolean;
              /** @description True when you may see only the category and the dates */
              confidential: boolean;
              notes: string | null;
              /** @description The case of the session that prompted it (worker and supervisor only) */
              caseId: string | null;
              canComplete: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/debriefs/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            notes: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              workerId: string;
              workerName: string;
              supervisorName: string | null;
              /** @enum {unknown} */
              reason: 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';
              /** @description A date and time, ISO 8601 */
              requestedAt: string;
              /** @description A date and time, ISO 8601 */
              respondBy: string;
              /** @enum {unknown} */
              status: 'requested' | 'completed';
              /** @description A date and time, ISO 8601 */
              completedAt: string | null;
              overdue: boolean;
              escalated: boolean;
              /** @description True when you may see only the category and the dates */
              confidential: boolean;
              notes: string | null;
              /** @description The case of the session that prompted it (worker and supervisor only) */
              caseId: string | null;
              canComplete: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reflections/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                body: string;
                /** @description A date and time, ISO 8601 */
                writtenAt: string;
                /** @description A date and time, ISO 8601 */
                updatedAt: string;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              body: string;
              /** @description A date and time, ISO 8601 */
              writtenAt: string;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reflections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              body: string;
              /** @description A date and time, ISO 8601 */
              writtenAt: string;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              body: string;
              /** @description A date and time, ISO 8601 */
              writtenAt: string;
              /** @description A date and time, ISO 8601 */
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/wellbeing/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              workerId: string;
              workerName: string;
              caseload: {
                openCases: number;
                cap: number;
                overCap: boolean;
              } | null;
              complexCases: number;
              sessionsThisWeek: number;
              difficultSessionsInRow: number;
              overdueTasks: number;
              supervision: {
                dueOn: string;
                overdue: boolean;
              } | null;
              openDebriefs: number;
              warnings: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/wellbeing/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's "next". */
          after?: string;
          /** @description Opaque cursor from the previous page's "next". */
          before?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description One page of link workers, by name then id (at most 25) */
              workers: {
                workerId: string;
                workerName: string;
                caseload: {
                  openCases: number;
                  cap: number;
                  overCap: boolean;
                } | null;
                complexCases: number;
                sessionsThisWeek: number;
                difficultSessionsInRow: number;
                overdueTasks: number;
                supervision: {
                  dueOn: string;
                  overdue: boolean;
                } | null;
                openDebriefs: number;
                warnings: string[];
              }[];
              difficultSessionsThreshold: number;
              /** @description Cursor for the next page (pass as ?after=), or null on the last page */
              next: string | null;
              /** @description Cursor for the page before (pass as ?before=), or null on the first page */
              previous: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{caseId}/onward-referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          caseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                caseId: string;
                service: {
                  id: string;
                  name: string;
                  organisationName: string | null;
                  onLinkwork: boolean;
                };
                /** @enum {unknown} */
                status:
                  | 'requested'
                  | 'received'
                  | 'accepted'
                  | 'rejected'
                  | 'in-progress'
                  | 'on-hold'
                  | 'completed'
                  | 'cancelled'
                  | 'failed';
                statusReason: string | null;
                businessStatus: string | null;
                shared: {
                  key: string;
                  label: string;
                  value: string;
                }[];
                message: string;
                consent: {
                  statement: string;
                  recordedBy: string;
                  /** @description A date and time, ISO 8601 */
                  recordedAt: string;
                };
                outcome: {
                  /** @enum {unknown} */
                  attended: 'yes' | 'no' | 'unknown';
                  note: string;
                } | null;
                /** @description A date and time, ISO 8601 */
                sentAt: string;
                /** @description A date and time, ISO 8601 */
                reminderDueAt: string | null;
                /** @description A date and time, ISO 8601 */
                autoDeclineDueAt: string | null;
                autoDeclined: boolean;
                version: number;
                events: {
                  /** @description A date and time, ISO 8601 */
                  at: string;
                  from: string | null;
                  to: string;
                  kind: string;
                  by: string;
                  note: string | null;
                }[];
                allowedStatuses: (
                  | 'requested'
                  | 'received'
                  | 'accepted'
                  | 'rejected'
                  | 'in-progress'
                  | 'on-hold'
                  | 'completed'
                  | 'cancelled'
                  | 'failed'
                )[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            serviceId: string;
            /** @description The person agreed to this referral and to sharing the chosen fields. */
            consent: boolean;
            consentStatement?: string;
            sharedFields: string[];
            message: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              businessStatus: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              consent: {
                statement: string;
                recordedBy: string;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              };
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              /** @description A date and time, ISO 8601 */
              reminderDueAt: string | null;
              /** @description A date and time, ISO 8601 */
              autoDeclineDueAt: string | null;
              autoDeclined: boolean;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/cases/{caseId}/onward-referrals/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          service: string;
        };
        header?: never;
        path: {
          slug: string;
          caseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              caseId: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
                active: boolean;
                description: string | null;
              };
              fields: {
                key: string;
                label: string;
                minimum: boolean;
                value: string;
              }[];
              stats: {
                medianResponseHours: number | null;
                acceptanceRate: number | null;
                answered: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/onward-referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              businessStatus: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              consent: {
                statement: string;
                recordedBy: string;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              };
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              /** @description A date and time, ISO 8601 */
              reminderDueAt: string | null;
              /** @description A date and time, ISO 8601 */
              autoDeclineDueAt: string | null;
              autoDeclined: boolean;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/onward-referrals/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            status: string;
            reason?: string;
            outcome?: {
              attended: string;
              note: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              businessStatus: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              consent: {
                statement: string;
                recordedBy: string;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              };
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              /** @description A date and time, ISO 8601 */
              reminderDueAt: string | null;
              /** @description A date and time, ISO 8601 */
              autoDeclineDueAt: string | null;
              autoDeclined: boolean;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/onward-referrals/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              caseId: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              businessStatus: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              consent: {
                statement: string;
                recordedBy: string;
                /** @description A date and time, ISO 8601 */
                recordedAt: string;
              };
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              /** @description A date and time, ISO 8601 */
              reminderDueAt: string | null;
              /** @description A date and time, ISO 8601 */
              autoDeclineDueAt: string | null;
              autoDeclined: boolean;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Only these statuses, comma-separated. */
          status?: string;
          /** @description The `next` cursor of the page before. */
          after?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                service: {
                  id: string;
                  name: string;
                  organisationName: string | null;
                  onLinkwork: boolean;
                };
                /** @enum {unknown} */
                status:
                  | 'requested'
                  | 'received'
                  | 'accepted'
                  | 'rejected'
                  | 'in-progress'
                  | 'on-hold'
                  | 'completed'
                  | 'cancelled'
                  | 'failed';
                statusReason: string | null;
                shared: {
                  key: string;
                  label: string;
                  value: string;
                }[];
                message: string;
                /** @description A date and time, ISO 8601 */
                sentAt: string;
                sentBy: string;
                schemeName: string;
                outcome: {
                  /** @enum {unknown} */
                  attended: 'yes' | 'no' | 'unknown';
                  note: string;
                } | null;
                version: number;
                events: {
                  /** @description A date and time, ISO 8601 */
                  at: string;
                  from: string | null;
                  to: string;
                  kind: string;
                  by: string;
                  note: string | null;
                }[];
                allowedStatuses: (
                  | 'requested'
                  | 'received'
                  | 'accepted'
                  | 'rejected'
                  | 'in-progress'
                  | 'on-hold'
                  | 'completed'
                  | 'cancelled'
                  | 'failed'
                )[];
              }[];
              /** @description Cursor of the next page (pass as `after`), or null on the last page. */
              next: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schemes/{slug}/inbox/onward-referrals/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version you last saw; a newer version on the server gives 409 edit-conflict. */
            version: number;
            outcome: {
              attended: string;
              note: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              service: {
                id: string;
                name: string;
                organisationName: string | null;
                onLinkwork: boolean;
              };
              /** @enum {unknown} */
              status:
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed';
              statusReason: string | null;
              shared: {
                key: string;
                label: string;
                value: string;
              }[];
              message: string;
              /** @description A date and time, ISO 8601 */
              sentAt: string;
              sentBy: string;
              schemeName: string;
              outcome: {
                /** @enum {unknown} */
                attended: 'yes' | 'no' | 'unknown';
                note: string;
              } | null;
              version: number;
              events: {
                /** @description A date and time, ISO 8601 */
                at: string;
                from: string | null;
                to: string;
                kind: string;
                by: string;
                note: string | null;
              }[];
              allowedStatuses: (
                | 'requested'
                | 'received'
                | 'accepted'
                | 'rejected'
                | 'in-progress'
                | 'on-hold'
                | 'completed'
                | 'cancelled'
                | 'failed'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
