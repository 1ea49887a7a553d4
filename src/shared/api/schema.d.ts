// Generated from src/shared/api/contract by `npm run contract`; do not edit.
export type paths = {
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their roles, and the CSRF token for writes. */
    get: operations['getSession'];
    put?: never;
    /** Sign in with email and password; sets the session cookie. */
    post: operations['signIn'];
    /** End the session. */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The directory of people, for pickers (host, reviewer, owner). */
    get: operations['listPeople'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The company's premises. */
    get: operations['listSites'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail; with entityType and entityId, one record's history. */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reveals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reveal one masked field of one record; the reveal is audited. */
    post: operations['revealField'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's in-app notifications, newest first. */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['markNotificationRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @enum {string} */
    Role: 'privacy_officer' | 'manager' | 'staff' | 'security_desk';
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      errors?: components['schemas']['FieldError'][];
      /** @description On 412, the record as it is now. */
      current?: Record<string, never>;
    };
    FieldError: {
      /** @description Dotted path of the field, e.g. `contracts.0.endDate`. */
      field: string;
      message: string;
    };
    SignInRequest: {
      email: string;
      password: string;
    };
    User: {
      id: string;
      name: string;
      email: string;
      roles: components['schemas']['Role'][];
      department: string;
      siteId: string;
    };
    Session: {
      user: components['schemas']['User'];
      csrfToken: string;
      /** @description Minutes without activity after which the backend ends the session. */
      idleTimeoutMinutes: number;
    };
    Person: {
      id: string;
      name: string;
      email: string;
      department: string;
      siteId: string;
      title?: string;
    };
    PersonPage: {
      items: components['schemas']['Person'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Site: {
      id: string;
      name: string;
      city: string;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      /** @description IANA time zone */
      timeZone: string;
      /** @description Local hour after which visitors still on site are flagged. */
      closingHour: number;
    };
    Actor: {
      id: string;
      name: string;
    };
    AuditChange: {
      field: string;
      from?: unknown;
      to?: unknown;
    };
    AuditEvent: {
      id: string;
      /** Format: date-time */
      at: string;
      actor: components['schemas']['Actor'];
      /** @enum {string} */
      action:
        | 'create'
        | 'update'
        | 'delete'
        | 'reveal'
        | 'export'
        | 'sign_in'
        | 'sign_out'
        | 'purge'
        | 'check_in'
        | 'check_out'
        | 'undo_check_out';
      entityType: string;
      entityId: string;
      summary: string;
      changes?: components['schemas']['AuditChange'][];
    };
    AuditEventPage: {
      items: components['schemas']['AuditEvent'][];
      total: number;
      page: number;
      pageSize: number;
    };
    RevealRequest: {
      entityType: string;
      entityId: string;
      field: string;
    };
    Notification: {
      id: string;
      /** Format: date-time */
      at: string;
      message: string;
      /** @description In-app path to what the notification is about. */
      link?: string;
      read: boolean;
    };
  };
  responses: {
    /** @description No valid session. */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The signed-in user's roles do not permit this. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No such record. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The request is not valid; `errors` names each field. */
    ValidationFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The request conflicts with the current state (e.g. a duplicate); `errors` names the field. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Any operation may answer 5xx with a problem document. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The record changed since it was read; `current` is the record as it is now. */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    Id: string;
    /** @description 1-based page number. */
    Page: number;
    /** @description Rows per page; up to 1000 when `export=true`. */
    PageSize: number;
    /** @description A field name, prefixed with `-` for descending. */
    Sort: string;
    /** @description Free-text search. */
    Query: string;
    /** @description The page is part of a CSV export; the backend audits the export on its first page. */
    Export: boolean;
    /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
    IfMatch: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInRequest'];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      401: components['responses']['Unauthenticated'];
      422: components['responses']['ValidationFailed'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  listPeople: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        /** @description Comma-separated ids, to resolve a set of known people in one request. */
        ids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of people. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  listSites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All sites. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Site'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        entityType?: string;
        entityId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit events, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  revealField: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevealRequest'];
      };
    };
    responses: {
      /** @description The unmasked value. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            value: string | null;
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Notifications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Notification'][];
            unread: number;
          };
        };
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked read. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
}
