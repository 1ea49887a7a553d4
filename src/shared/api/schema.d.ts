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
    /** End the session (audited); like every write, it needs the session's CSRF token. */
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
  '/api/v1/audit-trail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the audit trail; filters combine with AND. Summaries in the request's language. */
    get: operations['listAuditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-trail/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verifies the hash chain over a run of events: from the first to the last place in the chain that the filters select (or between fromSeq and toSeq), every event in between, whatever the filters. */
    get: operations['verifyAuditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-packs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An audit pack of one module for a date range, for an auditor or a regulator: the module's records touched in the range, their history (the module's audit events in the range, oldest first, masked as in the trail) and the chain's verification over the range, with when it was made and by whom. Making one is itself audited (`export` on `audit-pack`). Large ranges are capped (`limit`), never silently: `total` says how many there are. */
    post: operations['makeAuditPack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of complaints with their deadlines; filters combine with AND.
     * @description Sortable by `reference`, `receivedDate`, `status`, `subject`, `complainantName`, `nextDeadline`
     *     (the earliest open deadline; complaints with none sort last) and `updatedAt`. `q` searches the
     *     reference, the complainant's name and the regulator's reference. Every page of an export is audited.
     */
    get: operations['listComplaints'];
    put?: never;
    /** Record a complaint; a regulator's referral (channel regulator_referral) carries its case from the start. */
    post: operations['createComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getComplaint'];
    /** Correct a complaint's details; If-Match must carry the version as read. Deadlines are recomputed. */
    put: operations['updateComplaint'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a complaint on (acknowledge, investigate, resolve, close); 409 when the move is not allowed from its status. */
    post: operations['transitionComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend the response deadline where the complainant's law allows it (GDPR, two months), with a recorded reason. */
    post: operations['extendComplaintDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/escalation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaint's escalation (or referral), null while no regulator is involved; the ETag is the complaint's version, for PUT. */
    get: operations['getComplaintEscalation'];
    /** Record the regulator's reference and deadline; the reference is required once the regulator has answered. */
    put: operations['updateComplaintEscalation'];
    /** Escalate to a regulator of the directory; 409 once a regulator is involved or the complaint is closed. */
    post: operations['escalateComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/correspondence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log a letter or message to or from the regulator; not dated before the escalation (422). */
    post: operations['addComplaintCorrespondence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaint-regulators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open escalations per regulator (not closed), with each regulator's next deadline; soonest first. */
    get: operations['listComplaintRegulators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaint-deadline-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The configurable clocks: business days to acknowledge, and the response days where no law of the table applies. */
    get: operations['getComplaintDeadlineSettings'];
    /** Change the settings; every complaint's deadlines are recomputed. */
    put: operations['updateComplaintDeadlineSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/{card}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dashboard card's counts and promises. */
    get: operations['getDashboardCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of policies with the completion of their current version. Officers see every policy and the whole audience; managers see published policies and their own team's completion only. */
    get: operations['listPolicies'];
    put?: never;
    /** Add a policy (a draft until its first version is published). */
    post: operations['createPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** A policy with its versions (newest first). Managers may read published and retired policies. */
    get: operations['getPolicy'];
    /** Change a policy's title, owner, category or audience. */
    put: operations['updatePolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a published policy; from then on it is asked of nobody. */
    post: operations['retirePolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the next version as a draft (one draft at a time, 409 otherwise). Its number follows the last published version: a major one is the next whole number, a minor one the next point; the first is 1.0. */
    post: operations['createPolicyVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** One version with its text. A draft is the officers' only. */
    get: operations['getPolicyVersion'];
    /** Change a draft version; a published one never changes (409). */
    put: operations['updatePolicyVersion'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-versions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft version. A major version asks everyone in the audience to acknowledge it by `dueDate` (default 14 days from today); a minor one keeps the acknowledgements of its major version. 422 for a version without text, an effective date before the previous version's, or an audience that matches nobody; 409 for a retired policy or a version already published. */
    post: operations['publishPolicyVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-versions/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** "I have read and will follow this policy": records the caller's acknowledgement of this exact version with the SHA-256 of its text. Idempotent: 201 the first time, 200 with the same record after. 409 for a superseded, retired or draft version (`detail` names the current one); 403 when it is not asked of the caller. */
    post: operations['acknowledgePolicyVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** Acknowledged, pending and overdue for the current version, overall and per department; a manager's answer covers their team only (`scope: team`). */
    get: operations['getPolicyCompletion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/people': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** The people asked to acknowledge the current version, with where each stands; a manager's team only. */
    get: operations['listPolicyPeople'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reminds everyone overdue on the current version (a manager: their team) with a notification; recorded in the policy's history. 409 when nobody is overdue. */
    post: operations['remindPolicyOverdue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** Evidence: who acknowledged which version when, with the SHA-256 of the text they acknowledged, newest first; a manager's team only. Every page with `export=true` is audited. */
    get: operations['listPolicyAcknowledgements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-audience': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The departments an audience can name, and how many people the audience in the query matches (the same rule as publishing), so the form can say so before it is saved. */
    get: operations['getPolicyAudience'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's policies (published, with them in the audience) and where each stands. */
    get: operations['listMyPolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** One of the caller's policies to read: its current version's text and, when the caller acknowledged an earlier version, that version's text (to show what changed). 404 when the policy is not asked of them. */
    get: operations['getMyPolicy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Saves the person's preferences (the console's language); like every write, it needs the CSRF token. */
    put: operations['putPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of processors with their computed flags; filters combine with AND. */
    get: operations['listProcessors'];
    put?: never;
    /** Register a processor. */
    post: operations['createProcessor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProcessor'];
    /** Replace a processor's details; If-Match must carry the version as read. */
    put: operations['updateProcessor'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processors/{id}/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All contracts of one processor, newest start first. */
    get: operations['listProcessorContracts'];
    put?: never;
    /** Add a data processing agreement to a processor. */
    post: operations['createProcessorContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProcessorContract'];
    put: operations['updateProcessorContract'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processors/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All compliance reviews of one processor, newest first. */
    get: operations['listProcessorReviews'];
    put?: never;
    /** Record a compliance review; the processor's next review date moves on by its tier's cadence. */
    post: operations['createProcessorReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProcessorReview'];
    /** Correct a review or mark its remediation actions done. */
    put: operations['updateProcessorReview'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-cadence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Months between compliance reviews, per risk tier. */
    get: operations['getReviewCadence'];
    /** Change the cadence; every processor's next review date is recomputed. */
    put: operations['updateReviewCadence'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of risks; filters combine with AND. */
    get: operations['listRisks'];
    put?: never;
    /** Write a risk; it starts as a draft. */
    post: operations['createRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getRisk'];
    /** Replace a risk's details; If-Match must carry the version as read. A material change (treatment, actions, residual scores) to an approved plan sends it back to review. */
    put: operations['updateRisk'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risks/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a plan through its review: submit (officers), approve or request changes (managers, never on a risk they own or submitted: 403). 409 when the plan is not in a state that allows it; 422 when the plan is not complete enough to submit, or a change request has no comment. */
    post: operations['transitionRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk-heat-map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many risks sit in each cell of likelihood x impact, under the same filters as the list. */
    get: operations['getRiskHeatMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every visit, newest first; filtered, sorted and paged on the server. Contact is masked.
     * @description Sortable by `checkedInAt`, `checkedOutAt`, `name`, `company`, `hostName`, `siteId`, `badge`.
     *     `export=true` (privacy officers only) allows pages of up to 1000; every page of an export is audited
     *     (`export`), and so is any caller's reading of more than 500 visit rows with personal data within 5
     *     minutes (`bulk_read`), whatever the query says. The security desk gets only the visits inside its
     *     history window (see /api/v1/visit-history-window).
     */
    get: operations['listVisits'];
    put?: never;
    /**
     * Check a walk-in visitor in; the server sets checkedInAt and tells the host.
     * @description 409 with field `badge` when the badge is already in use at the site; 409 with field `name` when a visitor
     *     of the same name is on site and `confirmDuplicate` is not true.
     */
    post: operations['checkInVisitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/on-site': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone on the premises now (unpaged), with a count per site; the roll call reads this too. */
    get: operations['listVisitorsOnSite'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One visit (contact masked). */
    get: operations['getVisit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}/check-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the visitor's exit; the server sets checkedOutAt. 409 if they already left. */
    post: operations['checkOutVisitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}/undo-check-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo a mistaken check-out, within 5 minutes of it and while the badge is not reissued. */
    post: operations['undoCheckOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/expected-visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Expected visitors. `scope=mine` (default, any employee) lists those the caller pre-registered, latest date first; `scope=desk` (security desk) lists a day's expected visitors at a site still to arrive, by name. */
    get: operations['listExpectedVisits'];
    put?: never;
    /** Pre-register a visitor the caller expects; the caller is the host. */
    post: operations['expectVisitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/expected-visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel one's own expected visit that has not arrived. */
    delete: operations['cancelExpectedVisit'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/expected-visits/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check an expected visitor in with the badge number alone; the host is told. */
    post: operations['checkInExpectedVisitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visit-retention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How long visit records keep personal data before the backend anonymises them. */
    get: operations['getVisitRetention'];
    /** Change the retention period. Shortening it needs `confirmPurge`, and runs the purge (audited). */
    put: operations['setVisitRetention'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visit-history-window': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many days back the security desk reads the visit history (officers see all of it).
     * @description The desk reads visits that are on site or ended within the last `days` days (24-hour days back from
     *     now): the history list is filtered to them, and a visit outside the window, its record history, the
     *     export events and every contact reveal answer 403 to the desk.
     */
    get: operations['getVisitHistoryWindow'];
    /** Change the desk's history window (privacy officers); audited. */
    put: operations['setVisitHistoryWindow'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visit-retention/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many visits the purge would anonymise with a given retention period. */
    get: operations['previewVisitRetention'];
    put?: never;
    post?: never;
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
      /** @description The language the person chose for the console; null until they choose (the browser's then). */
      language?: components['schemas']['Language'] | null;
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
      /** @description The field as its module labels it, in the reader's language (the audit trail's answers). */
      label?: string;
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
        | 'sign_in_failed'
        | 'sign_out'
        | 'bulk_read'
        | 'purge'
        | 'check_in'
        | 'check_out'
        | 'undo_check_out';
      entityType: string;
      entityId: string;
      summary: string;
      changes?: components['schemas']['AuditChange'][];
      /** @description The event's place in the trail's hash chain (1, 2, 3...; see audit.yaml). */
      seq?: number;
      /** @description SHA-256 (hex) of the event before it in the chain; 64 zeros for the first. */
      prevHash?: string;
      /** @description SHA-256 (hex) of this event's canonical serialization, prevHash included. */
      hash?: string;
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
      /**
       * @description Why the caller needs the clear value; recorded in the audit event. Required (422 at `reason`
       *     without it) for a visitor's or complainant's contact.
       */
      reason?: string;
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
    /** @enum {string} */
    AuditModule: 'processors' | 'risks' | 'policies' | 'visits' | 'complaints' | 'account' | 'audit';
    AuditTrailPage: {
      items: components['schemas']['AuditEvent'][];
      total: number;
      page: number;
      pageSize: number;
      /** @description The last place in the chain this answer was read up to (pass it back as untilSeq). */
      headSeq: number;
    };
    AuditChainProblem: {
      seq: number;
      eventId: string;
      /**
       * @description altered: the event's hash does not match its content; broken_link: its prevHash is not the hash of the event before it; missing: an event before it is gone; out_of_order: its place is not after the one before it.
       * @enum {string}
       */
      kind: 'altered' | 'broken_link' | 'missing' | 'out_of_order';
    };
    AuditVerification: {
      intact: boolean;
      /** @description How many events were checked. */
      checked: number;
      firstSeq: number | null;
      lastSeq: number | null;
      /** @description The first 100 problems found, in chain order. */
      problems: components['schemas']['AuditChainProblem'][];
    };
    /**
     * @description The modules that keep records (sign-ins and the trail itself have none of their own).
     * @enum {string}
     */
    AuditPackModule: 'processors' | 'risks' | 'policies' | 'visits' | 'complaints';
    AuditPackRequest: {
      module: components['schemas']['AuditPackModule'];
      /**
       * Format: date
       * @description First day (YYYY-MM-DD
       */
      from: string;
      /**
       * Format: date
       * @description Last day (YYYY-MM-DD, UTC), inclusive; 422 at `to` when it is before `from`.
       */
      to: string;
    };
    AuditPackRecord: {
      entityType: string;
      entityId: string;
      /** @description What the record is called (no personal data; a visit by its company); null once it is gone. */
      label: string | null;
      /** @description Whether the record is still stored (false once deleted or purged). */
      stored: boolean;
      /** @description Its audit events in the range. */
      events: number;
      /** Format: date-time */
      firstAt: string;
      /** Format: date-time */
      lastAt: string;
    };
    AuditPack: {
      module: components['schemas']['AuditPackModule'];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** Format: date-time */
      madeAt: string;
      madeBy: {
        id: string;
        name: string;
      };
      /** @description The module's records touched in the range (at least one audit event), most events first. */
      records: {
        items: components['schemas']['AuditPackRecord'][];
        /** @description How many records were touched in the range. */
        total: number;
        /** @description How many records the module holds now */
        held: number;
        /** @description At most this many are listed. */
        limit: number;
      };
      /** @description The module's audit events in the range, oldest first. */
      events: {
        items: components['schemas']['AuditEvent'][];
        total: number;
        /** @description At most this many are listed; the rest are in the trail's CSV. */
        limit: number;
      };
      verification: components['schemas']['AuditVerification'];
    };
    /**
     * @description received -> acknowledged -> investigating -> resolved, or escalated (from any open status); resolved or escalated -> closed.
     * @enum {string}
     */
    ComplaintStatus: 'received' | 'acknowledged' | 'investigating' | 'resolved' | 'escalated' | 'closed';
    /** @enum {string} */
    ComplaintChannel: 'email' | 'web_form' | 'phone' | 'letter' | 'regulator_referral';
    /** @enum {string} */
    ComplaintSubject:
      | 'access_correction'
      | 'deletion'
      | 'marketing_consent'
      | 'cookies_tracking'
      | 'security_incident'
      | 'childrens_data'
      | 'third_party_disclosure'
      | 'other';
    /**
     * @description The law whose clock applies, from the complainant's country and province or state.
     * @enum {string}
     */
    ComplaintJurisdiction: 'gdpr' | 'uk_gdpr' | 'pipeda' | 'quebec' | 'ccpa' | 'other';
    /** @enum {string} */
    ComplaintOutcome: 'upheld' | 'partly_upheld' | 'not_upheld' | 'withdrawn';
    /** @enum {string} */
    ComplaintDeadlineStatus: 'overdue' | 'due_soon' | 'on_track' | 'none';
    /** @enum {string} */
    DeadlineKind: 'acknowledgement' | 'response' | 'regulator';
    /** @enum {string} */
    CorrespondenceDirection: 'in' | 'out';
    RegulatorCaseInput: {
      regulatorId: string;
      regulatorReference?: string | null;
      /** Format: date */
      regulatorDeadline?: string | null;
    };
    ComplaintInput: {
      /**
       * Format: date
       * @description Not in the future.
       */
      receivedDate: string;
      channel: components['schemas']['ComplaintChannel'];
      complainantName: string;
      /** @description An email address or a phone number. */
      complainantContact?: string | null;
      /** @description ISO 3166-1 alpha-2 */
      complainantCountry: string;
      /** @description Province or state code (e.g. QC, CA); required in Canada and the United States. */
      complainantRegion?: string | null;
      subject: components['schemas']['ComplaintSubject'];
      description: string;
      assigneeId?: string | null;
      processorIds?: string[];
    };
    ComplaintCreateInput: components['schemas']['ComplaintInput'] & {
      /** @description Required when the channel is regulator_referral; ignored otherwise. */
      regulatorCase?: components['schemas']['RegulatorCaseInput'] | null;
    };
    ComplaintTransitionInput: {
      /** @enum {string} */
      to: 'acknowledged' | 'investigating' | 'resolved' | 'closed';
      /**
       * Format: date
       * @description When it happened: not in the future, not before the complaint was received.
       */
      date: string;
      note?: string | null;
      /** @description Required to resolve. */
      outcome?: components['schemas']['ComplaintOutcome'] | null;
      /** @description Required to resolve. */
      resolutionSummary?: string | null;
      /**
       * Format: date
       * @description The day the response was sent; required to resolve.
       */
      responseDate?: string | null;
      /** @description What the response said; required to resolve. */
      responseSummary?: string | null;
    };
    ComplaintExtensionInput: {
      reason: string;
    };
    EscalationInput: {
      regulatorId: string;
      /** Format: date */
      escalatedOn: string;
      regulatorReference?: string | null;
      /** Format: date */
      regulatorDeadline?: string | null;
      note?: string | null;
    };
    EscalationUpdateInput: {
      regulatorReference?: string | null;
      /** Format: date */
      regulatorDeadline?: string | null;
    };
    CorrespondenceInput: {
      /** Format: date */
      date: string;
      direction: components['schemas']['CorrespondenceDirection'];
      summary: string;
      documentUrl?: string | null;
      /** @description The regulator's reference, if its letter gives it; required for the first letter in when none is recorded. */
      regulatorReference?: string | null;
    };
    ComplaintDeadline: {
      kind: components['schemas']['DeadlineKind'];
      /** Format: date */
      due: string;
      /** @description Why this date */
      basis: string;
      /** @enum {string} */
      status: 'overdue' | 'due_soon' | 'on_track' | 'met';
      /** Format: date */
      metOn: string | null;
    };
    Correspondence: {
      id: string;
      /** Format: date */
      date: string;
      direction: components['schemas']['CorrespondenceDirection'];
      summary: string;
      documentUrl: string | null;
      /** Format: date-time */
      recordedAt: string;
      recordedBy: components['schemas']['Actor'];
    };
    Escalation: {
      regulatorId: string;
      regulatorName: string;
      /** @description The regulator started the case (a referral) */
      referral: boolean;
      /** Format: date */
      escalatedOn: string;
      regulatorReference: string | null;
      /** Format: date */
      regulatorDeadline: string | null;
      correspondence: components['schemas']['Correspondence'][];
    };
    ComplaintTransition: {
      /** Format: date-time */
      at: string;
      /**
       * Format: date
       * @description The day it happened
       */
      on: string;
      from: components['schemas']['ComplaintStatus'] | null;
      to: components['schemas']['ComplaintStatus'];
      by: components['schemas']['Actor'];
      note: string | null;
    };
    /** @description A complaint as lists show it; the complainant's contact is masked. */
    ComplaintListItem: {
      id: string;
      version: number;
      /** @description CMP-<year received>-<number> */
      reference: string;
      /** Format: date */
      receivedDate: string;
      channel: components['schemas']['ComplaintChannel'];
      complainantName: string;
      complainantContactMasked: string | null;
      complainantCountry: string;
      complainantRegion: string | null;
      jurisdiction: components['schemas']['ComplaintJurisdiction'];
      subject: components['schemas']['ComplaintSubject'];
      assigneeId: string | null;
      assigneeName: string | null;
      status: components['schemas']['ComplaintStatus'];
      regulatorId: string | null;
      regulatorName: string | null;
      regulatorReference: string | null;
      deadlines: components['schemas']['ComplaintDeadline'][];
      /** @description The earliest deadline not yet met; null when all are met. */
      nextDeadline: components['schemas']['ComplaintDeadline'] | null;
      deadlineStatus: components['schemas']['ComplaintDeadlineStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Complaint: components['schemas']['ComplaintListItem'] & {
      description: string;
      processorIds: string[];
      processors: {
        id: string;
        name: string;
      }[];
      /** Format: date */
      acknowledgedOn: string | null;
      extension: {
        reason: string;
        /** Format: date */
        extendedOn: string;
        by: components['schemas']['Actor'];
      } | null;
      resolution: {
        outcome: components['schemas']['ComplaintOutcome'];
        summary: string;
        /** Format: date */
        responseDate: string;
        responseSummary: string;
        /** Format: date */
        resolvedOn: string;
      } | null;
      closure: {
        /** Format: date */
        closedOn: string;
        note: string | null;
      } | null;
      escalation: components['schemas']['Escalation'] | null;
      transitions: components['schemas']['ComplaintTransition'][];
    };
    ComplaintPage: {
      items: components['schemas']['ComplaintListItem'][];
      total: number;
      page: number;
      pageSize: number;
    };
    RegulatorCaseload: {
      regulatorId: string;
      regulatorName: string;
      open: number;
      overdue: number;
      /** Format: date */
      nextDeadline: string | null;
      cases: {
        id: string;
        reference: string;
        regulatorReference: string | null;
        status: components['schemas']['ComplaintStatus'];
        nextDeadline: components['schemas']['ComplaintDeadline'] | null;
        deadlineStatus: components['schemas']['ComplaintDeadlineStatus'];
      }[];
    };
    ComplaintDeadlineSettingsInput: {
      acknowledgementBusinessDays: number;
      defaultResponseDays: number;
    };
    ComplaintDeadlineSettings: {
      acknowledgementBusinessDays: number;
      defaultResponseDays: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    DashboardCardId: 'processors' | 'risks' | 'policies' | 'my-policies' | 'visits' | 'desk' | 'complaints';
    DashboardFigure: {
      /** @description What is counted, e.g. contractsExpiring, rating.high, policy.overdue. */
      key: string;
      count: number;
      /** @description The API list the count is of */
      list: string;
      /** @description That list's query parameters. */
      filter: {
        [key: string]: string;
      };
      /** @description What the figure is about when the key alone does not say (a policy's title, a regulator's name). */
      subject?: string;
    };
    DashboardPromise: {
      key: string;
      /** @description How many of the total keep the promise. */
      met: number;
      total: number;
      /** @description The lists of the records that fall short, each with its count. */
      shortfalls: components['schemas']['DashboardFigure'][];
    };
    DashboardCard: {
      card: components['schemas']['DashboardCardId'];
      /** Format: date-time */
      asOf: string;
      figures: components['schemas']['DashboardFigure'][];
      promises: components['schemas']['DashboardPromise'][];
    };
    /** @enum {string} */
    PolicyStatus: 'draft' | 'published' | 'retired';
    /** @enum {string} */
    PolicyCategory:
      | 'data_protection'
      | 'information_security'
      | 'acceptable_use'
      | 'retention'
      | 'incident_response'
      | 'privacy_notice';
    /** @enum {string} */
    PolicyVersionStatus: 'draft' | 'published' | 'superseded';
    /** @enum {string} */
    VersionKind: 'major' | 'minor';
    /** @enum {string} */
    AcknowledgementStatus: 'acknowledged' | 'pending' | 'overdue';
    /** @description Everyone, or the people matching every list given: in one of the departments, at one of the sites and holding one of the roles (an empty list does not narrow). */
    PolicyAudience: {
      everyone: boolean;
      departments: string[];
      siteIds: string[];
      roles: components['schemas']['Role'][];
    };
    PolicyInput: {
      title: string;
      ownerId: string;
      category: components['schemas']['PolicyCategory'];
      audience: components['schemas']['PolicyAudience'];
    };
    PolicyVersionInput: {
      kind: components['schemas']['VersionKind'];
      /** Format: date */
      effectiveDate: string;
      summary: string;
      /** @description Markdown; raw HTML in it is shown as text */
      text: string;
    };
    PublishInput: {
      /**
       * Format: date
       * @description When a major version must be acknowledged by; 14 days from today when not given.
       */
      dueDate?: string | null;
    };
    PolicyVersion: {
      id: string;
      policyId: string;
      /** @description e.g. 2.1 */
      number: string;
      major: number;
      minor: number;
      kind: components['schemas']['VersionKind'];
      status: components['schemas']['PolicyVersionStatus'];
      /** Format: date */
      effectiveDate: string;
      summary: string;
      text: string;
      /** @description SHA-256 of the text (hex) */
      textHash?: string | null;
      /** Format: date-time */
      publishedAt?: string | null;
      publishedBy?: string | null;
      /** Format: date */
      dueDate?: string | null;
      /** @description How many acknowledgements of this version are recorded. */
      acknowledgements?: number;
      version: number;
      /** Format: date-time */
      createdAt: string;
    };
    PolicyVersionSummary: {
      id: string;
      number: string;
      major: number;
      /** Format: date */
      effectiveDate: string;
      /** Format: date */
      dueDate: string | null;
    };
    CompletionCounts: {
      total: number;
      acknowledged: number;
      pending: number;
      overdue: number;
    };
    Policy: {
      id: string;
      title: string;
      ownerId: string;
      ownerName: string;
      category: components['schemas']['PolicyCategory'];
      audience: components['schemas']['PolicyAudience'];
      status: components['schemas']['PolicyStatus'];
      current?: components['schemas']['PolicyVersionSummary'] | null;
      versions: components['schemas']['PolicyVersion'][];
      /** Format: date-time */
      retiredAt?: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    PolicyListItem: {
      id: string;
      title: string;
      ownerName: string;
      category: components['schemas']['PolicyCategory'];
      status: components['schemas']['PolicyStatus'];
      current?: components['schemas']['PolicyVersionSummary'] | null;
      hasDraft: boolean;
      completion?: components['schemas']['CompletionCounts'] | null;
      /** Format: date-time */
      updatedAt: string;
    };
    PolicyPage: {
      items: components['schemas']['PolicyListItem'][];
      total: number;
      page: number;
      pageSize: number;
    };
    DepartmentCompletion: components['schemas']['CompletionCounts'] & {
      department: string;
    };
    PolicyCompletion: {
      policyId: string;
      /**
       * @description `team`: a manager's answer, the people of their department only.
       * @enum {string}
       */
      scope: 'all' | 'team';
      /** @description The manager's department */
      team?: string | null;
      current: components['schemas']['PolicyVersionSummary'] | null;
      counts: components['schemas']['CompletionCounts'];
      departments: components['schemas']['DepartmentCompletion'][];
      /** Format: date-time */
      lastReminderAt?: string | null;
    };
    PolicyPerson: {
      personId: string;
      name: string;
      department: string;
      siteId: string;
      status: components['schemas']['AcknowledgementStatus'];
      acknowledgedNumber?: string | null;
      /** Format: date-time */
      acknowledgedAt?: string | null;
      /** Format: date-time */
      remindedAt?: string | null;
    };
    PolicyPersonPage: {
      items: components['schemas']['PolicyPerson'][];
      total: number;
      page: number;
      pageSize: number;
    };
    PolicyAcknowledgement: {
      id: string;
      policyId: string;
      versionId: string;
      number: string;
      personId: string;
      personName: string;
      department: string;
      /** Format: date-time */
      acknowledgedAt: string;
      /** @description SHA-256 (hex) of the version's text as acknowledged. */
      textHash: string;
    };
    PolicyAcknowledgementPage: {
      items: components['schemas']['PolicyAcknowledgement'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ReminderResult: {
      sent: number;
      /** Format: date-time */
      at: string;
    };
    MyPolicy: {
      policyId: string;
      title: string;
      category: components['schemas']['PolicyCategory'];
      current: components['schemas']['PolicyVersionSummary'];
      status: components['schemas']['AcknowledgementStatus'];
      acknowledgement?: components['schemas']['PolicyAcknowledgement'] | null;
    };
    MyPolicyReading: {
      policyId: string;
      title: string;
      category: components['schemas']['PolicyCategory'];
      status: components['schemas']['AcknowledgementStatus'];
      version: components['schemas']['PolicyVersion'];
      acknowledgement?: components['schemas']['PolicyAcknowledgement'] | null;
      /** @description The text of the earlier version the caller acknowledged, when it differs from the current one. */
      acknowledgedText?: string | null;
      /** @description That earlier version's number. */
      acknowledgedNumber?: string | null;
    };
    /**
     * @description English (en-CA) or Canadian French (fr-CA).
     * @enum {string}
     */
    Language: 'en' | 'fr';
    Preferences: {
      language: components['schemas']['Language'];
    };
    /** @enum {string} */
    ProcessorStatus: 'onboarding' | 'active' | 'suspended' | 'offboarded';
    /** @enum {string} */
    RiskTier: 'low' | 'medium' | 'high';
    /** @enum {string} */
    DataCategory:
      | 'contact_details'
      | 'payment_data'
      | 'account_credentials'
      | 'app_usage'
      | 'location'
      | 'purchase_history'
      | 'device_identifiers'
      | 'support_communications'
      | 'employee_records'
      | 'marketing_preferences';
    /** @enum {string} */
    DataSubject: 'customers' | 'staff' | 'visitors' | 'children';
    /**
     * @description `privacy_shield` is legacy: the EU-US Privacy Shield was invalidated in July 2020 and is always flagged.
     * @enum {string}
     */
    TransferMechanism:
      | 'adequacy_decision'
      | 'standard_contractual_clauses'
      | 'eu_us_dpf'
      | 'binding_corporate_rules'
      | 'other'
      | 'privacy_shield';
    /**
     * @description overdue (due date passed), due_soon (within 30 days), scheduled, not_required (offboarded).
     * @enum {string}
     */
    ReviewStatus: 'overdue' | 'due_soon' | 'scheduled' | 'not_required';
    /** @enum {string} */
    ReviewOutcome: 'compliant' | 'remediation_required' | 'non_compliant';
    /** @enum {string} */
    ContractClause:
      | 'documentedInstructions'
      | 'confidentiality'
      | 'securityMeasures'
      | 'subProcessorConditions'
      | 'dataSubjectRights'
      | 'breachNotification'
      | 'deletionOrReturn'
      | 'auditRights';
    /**
     * @description upcoming (not started), current, expiring (ends within 90 days, no auto-renewal), expired.
     * @enum {string}
     */
    ContractStatus: 'upcoming' | 'current' | 'expiring' | 'expired';
    /** @enum {string} */
    ProcessorFlagCode:
      | 'privacy_shield'
      | 'sensitive_data_low_tier'
      | 'missing_clauses'
      | 'contract_expiring'
      | 'no_current_contract'
      | 'review_overdue'
      | 'remediation_overdue'
      | 'non_compliant';
    ProcessorFlag: {
      code: components['schemas']['ProcessorFlagCode'];
      message: string;
    };
    ProcessingLocation: {
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      /** @description Required for a location outside Canada; null in Canada. */
      transferMechanism: components['schemas']['TransferMechanism'] | null;
    };
    SubProcessor: {
      name: string;
      service: string;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
    };
    ProcessorInput: {
      name: string;
      services: string;
      contactName: string;
      contactEmail: string;
      contactPhone?: string | null;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      status: components['schemas']['ProcessorStatus'];
      riskTier: components['schemas']['RiskTier'];
      riskReason?: string | null;
      dataCategories: components['schemas']['DataCategory'][];
      dataSubjects: components['schemas']['DataSubject'][];
      locations: components['schemas']['ProcessingLocation'][];
      subProcessors: components['schemas']['SubProcessor'][];
    };
    ContractSummary: {
      id: string;
      reference: string;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      autoRenew: boolean;
      status: components['schemas']['ContractStatus'];
    };
    /** @description A processor as lists show it; the contact's email is masked (reveal it through /reveals). */
    ProcessorListItem: {
      id: string;
      version: number;
      name: string;
      services: string;
      country: string;
      status: components['schemas']['ProcessorStatus'];
      riskTier: components['schemas']['RiskTier'];
      riskReason: string | null;
      dataCategories: components['schemas']['DataCategory'][];
      dataSubjects: components['schemas']['DataSubject'][];
      locations: components['schemas']['ProcessingLocation'][];
      subProcessors: components['schemas']['SubProcessor'][];
      contactEmailMasked: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      flags: components['schemas']['ProcessorFlag'][];
      /** @description Clauses missing from the governing contract (the current one, else the latest). */
      missingClauses: components['schemas']['ContractClause'][];
      currentContract: components['schemas']['ContractSummary'] | null;
      contractCount: number;
      /** Format: date */
      lastReviewDate: string | null;
      lastReviewOutcome: components['schemas']['ReviewOutcome'] | null;
      /**
       * Format: date
       * @description The last review (or the registration, if never reviewed) plus the tier's cadence; null when offboarded.
       */
      nextReviewDue: string | null;
      reviewStatus: components['schemas']['ReviewStatus'];
    };
    Processor: components['schemas']['ProcessorListItem'] & {
      contactName: string;
      contactPhoneMasked: string | null;
    };
    ProcessorPage: {
      items: components['schemas']['ProcessorListItem'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ContractClauses: {
      documentedInstructions: boolean;
      confidentiality: boolean;
      securityMeasures: boolean;
      subProcessorConditions: boolean;
      dataSubjectRights: boolean;
      breachNotification: boolean;
      deletionOrReturn: boolean;
      auditRights: boolean;
    };
    ProcessingContractInput: {
      /** @description Unique across all contracts (case-insensitive). */
      reference: string;
      title: string;
      /** Format: date */
      signedDate?: string | null;
      /** Format: date */
      startDate: string;
      /**
       * Format: date
       * @description The end date
       */
      endDate: string;
      autoRenew: boolean;
      /** @description Required when autoRenew. */
      noticePeriodDays?: number | null;
      documentUrl?: string | null;
      /** @description Required when the breach notification clause is present. */
      breachNotificationHours?: number | null;
      clauses: components['schemas']['ContractClauses'];
    };
    ProcessingContract: {
      id: string;
      processorId: string;
      version: number;
      reference: string;
      title: string;
      /** Format: date */
      signedDate: string | null;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      autoRenew: boolean;
      noticePeriodDays: number | null;
      documentUrl: string | null;
      breachNotificationHours: number | null;
      clauses: components['schemas']['ContractClauses'];
      missingClauses: components['schemas']['ContractClause'][];
      status: components['schemas']['ContractStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    RemediationAction: {
      description: string;
      /** Format: date */
      dueDate: string;
      done: boolean;
    };
    ComplianceReviewInput: {
      /** Format: date */
      reviewDate: string;
      reviewer: string;
      findings: string;
      outcome: components['schemas']['ReviewOutcome'];
      /** @description At least one when the outcome is not compliant. */
      remediationActions: components['schemas']['RemediationAction'][];
    };
    ComplianceReview: {
      id: string;
      processorId: string;
      version: number;
      /** Format: date */
      reviewDate: string;
      reviewer: string;
      findings: string;
      outcome: components['schemas']['ReviewOutcome'];
      remediationActions: components['schemas']['RemediationAction'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ReviewCadenceInput: {
      /** @description Months between reviews of a high-risk processor. */
      high: number;
      medium: number;
      low: number;
    };
    ReviewCadence: {
      high: number;
      medium: number;
      low: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    RiskCategory:
      'information_security' | 'third_party' | 'legal_compliance' | 'operational' | 'physical_security';
    /**
     * @description The band of a score (likelihood x impact); the bands are in src/features/risks/model/rules.ts.
     * @enum {string}
     */
    RiskRating: 'low' | 'medium' | 'high' | 'critical';
    /** @enum {string} */
    RiskStatus: 'draft' | 'in_review' | 'changes_requested' | 'approved';
    /** @enum {string} */
    RiskTreatment: 'mitigate' | 'accept' | 'transfer' | 'avoid';
    /** @enum {string} */
    RiskActionStatus: 'planned' | 'in_progress' | 'done';
    /** @enum {string} */
    RiskScoreBasis: 'inherent' | 'residual';
    /**
     * @description For an approved plan: overdue (the review date passed), due_soon (within 14 days), scheduled; otherwise not_scheduled.
     * @enum {string}
     */
    RiskReviewStatus: 'overdue' | 'due_soon' | 'scheduled' | 'not_scheduled';
    /** @enum {string} */
    RiskFlagCode:
      'action_overdue' | 'review_overdue' | 'review_due_soon' | 'acceptance_expired' | 'acceptance_expiring';
    RiskFlag: {
      code: components['schemas']['RiskFlagCode'];
      message: string;
    };
    RiskActionInput: {
      /** @description The action's id when it exists already; empty or null for a new action. */
      id?: string | null;
      description: string;
      ownerId: string;
      /**
       * Format: date
       * @description A new action cannot be due in the past.
       */
      dueDate: string;
      status: components['schemas']['RiskActionStatus'];
    };
    RiskAction: {
      id: string;
      description: string;
      ownerId: string;
      ownerName: string;
      /** Format: date */
      dueDate: string;
      status: components['schemas']['RiskActionStatus'];
      /** @description Past its due date and not done. */
      overdue: boolean;
    };
    RiskInput: {
      title: string;
      description: string;
      category: components['schemas']['RiskCategory'];
      threat: string;
      /** @description The processing or assets the risk affects. */
      affectedAssets: string;
      ownerId: string;
      linkedProcessorIds: string[];
      inherentLikelihood: number;
      inherentImpact: number;
      treatment: components['schemas']['RiskTreatment'];
      /** @description At least one when the treatment is mitigate. */
      actions: components['schemas']['RiskActionInput'][];
      residualLikelihood: number;
      residualImpact: number;
      /** @description Required when the residual score is above the inherent one. */
      residualReason?: string | null;
      /** @description Required when accepting a risk rated above medium. */
      acceptanceJustification?: string | null;
      /** @description The accepting manager; required when accepting a risk rated above medium. */
      acceptedById?: string | null;
      /**
       * Format: date
       * @description Required when accepting a risk rated above medium; not in the past when set.
       */
      acceptanceExpiry?: string | null;
    };
    RiskLinkedProcessor: {
      id: string;
      name: string;
    };
    RiskListItem: {
      id: string;
      /** @description RISK-0042 */
      reference: string;
      version: number;
      title: string;
      category: components['schemas']['RiskCategory'];
      status: components['schemas']['RiskStatus'];
      ownerId: string;
      ownerName: string;
      linkedProcessors: components['schemas']['RiskLinkedProcessor'][];
      inherentLikelihood: number;
      inherentImpact: number;
      inherentScore: number;
      inherentRating: components['schemas']['RiskRating'];
      treatment: components['schemas']['RiskTreatment'];
      residualLikelihood: number;
      residualImpact: number;
      residualScore: number;
      residualRating: components['schemas']['RiskRating'];
      actionCount: number;
      overdueActionCount: number;
      /**
       * Format: date
       * @description For an approved plan: its approval plus the cadence of its residual rating, or the acceptance's expiry if sooner; null otherwise.
       */
      nextReviewDue: string | null;
      reviewStatus: components['schemas']['RiskReviewStatus'];
      /**
       * Format: date-time
       * @description When it entered review (in review), or when its review fell due (approved); for the queue's order.
       */
      waitingSince: string | null;
      flags: components['schemas']['RiskFlag'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    RiskTimelineEntry: {
      id: string;
      /** Format: date-time */
      at: string;
      actorId: string;
      actorName: string;
      /** @enum {string} */
      action: 'created' | 'submitted' | 'approved' | 'changes_requested' | 'material_change';
      from: components['schemas']['RiskStatus'] | null;
      to: components['schemas']['RiskStatus'];
      comment: string | null;
      /** @description The risk's version this entry produced. */
      version: number;
    };
    Risk: components['schemas']['RiskListItem'] & {
      description: string;
      threat: string;
      affectedAssets: string;
      actions: components['schemas']['RiskAction'][];
      residualReason: string | null;
      acceptanceJustification: string | null;
      acceptedById: string | null;
      acceptedByName: string | null;
      /** Format: date */
      acceptanceExpiry: string | null;
      /** @description Who last submitted the plan for review. */
      submittedById: string | null;
      /** @description The version of the risk the last approval approved. */
      approvedVersion: number | null;
      /** Format: date-time */
      approvedAt: string | null;
      approvedById: string | null;
      /** @description Every transition of the plan, oldest first. */
      timeline: components['schemas']['RiskTimelineEntry'][];
    };
    RiskPage: {
      items: components['schemas']['RiskListItem'][];
      total: number;
      page: number;
      pageSize: number;
    };
    RiskTransitionInput: {
      /** @enum {string} */
      action: 'submit' | 'approve' | 'request_changes';
      /** @description Required when requesting changes. */
      comment?: string | null;
    };
    RiskHeatMapCell: {
      likelihood: number;
      impact: number;
      score: number;
      rating: components['schemas']['RiskRating'];
      count: number;
    };
    RiskHeatMap: {
      basis: components['schemas']['RiskScoreBasis'];
      total: number;
      cells: components['schemas']['RiskHeatMapCell'][];
    };
    /** @enum {string} */
    VisitStatus: 'on_site' | 'checked_out';
    Visit: {
      id: string;
      version: number;
      name: string;
      company: string;
      hostId: string;
      hostName: string;
      purpose: string;
      siteId: string;
      badge: string;
      /** @description The contact, masked; reveal it through POST /api/v1/reveals (audited). */
      contactMasked: string | null;
      privacyNoticeShown: boolean;
      expectedVisitId?: string | null;
      /** Format: date-time */
      checkedInAt: string;
      /** Format: date-time */
      checkedOutAt: string | null;
      status: components['schemas']['VisitStatus'];
      /** @description On site after the site's closing hour (local time), or since an earlier day. */
      afterClosing: boolean;
      /**
       * Format: date-time
       * @description Until when a check-out can be undone; null when it cannot.
       */
      undoableUntil: string | null;
      /** @description The retention period passed; name, company and contact were replaced. */
      anonymised: boolean;
    };
    VisitPage: {
      items: components['schemas']['Visit'][];
      total: number;
      page: number;
      pageSize: number;
    };
    SiteCount: {
      siteId: string;
      count: number;
      /** @description How many of them are on site after closing. */
      afterClosing: number;
    };
    OnSite: {
      items: components['schemas']['Visit'][];
      total: number;
      /** @description One entry per site (every site, also when the list is for one site). */
      counts: components['schemas']['SiteCount'][];
      /** Format: date-time */
      asOf: string;
    };
    CheckInRequest: {
      name: string;
      company: string;
      hostId: string;
      purpose: string;
      siteId: string;
      badge: string;
      /** @description Optional email address or phone number, to reach the visitor after an incident. */
      contact?: string;
      /** @description Must be true; the visitor was shown the privacy notice. */
      privacyNoticeShown: boolean;
      /** @description Check in even though a visitor of the same name is on site. */
      confirmDuplicate?: boolean;
    };
    ExpectedVisit: {
      id: string;
      version: number;
      name: string;
      company: string;
      /** Format: date */
      date: string;
      siteId: string;
      hostId: string;
      hostName: string;
      purpose: string;
      /**
       * @description A cancelled expected visit is deleted, not kept.
       * @enum {string}
       */
      status: 'expected' | 'arrived';
      visitId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    ExpectedVisitPage: {
      items: components['schemas']['ExpectedVisit'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ExpectedVisitRequest: {
      name: string;
      company: string;
      /**
       * Format: date
       * @description Today or later.
       */
      date: string;
      siteId: string;
      purpose?: string;
    };
    ExpectedCheckInRequest: {
      badge: string;
      confirmDuplicate?: boolean;
    };
    VisitRetention: {
      days: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
      updatedBy: components['schemas']['Actor'];
      /** Format: date-time */
      lastPurgeAt: string | null;
      lastPurgeCount: number;
    };
    VisitRetentionUpdate: {
      days: number;
      /** @description Required (true) when the new period is shorter than the current one. */
      confirmPurge?: boolean;
    };
    VisitHistoryWindow: {
      /** @description Default 7. */
      days: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
      updatedBy: components['schemas']['Actor'];
    };
    VisitHistoryWindowUpdate: {
      days: number;
    };
    VisitRetentionPreview: {
      days: number;
      /**
       * Format: date-time
       * @description Visits that ended before this are anonymised; pre-registrations dated before it are deleted.
       */
      cutoff: string;
      /** @description Visits the purge would anonymise now. */
      affected: number;
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
    /** @description The signed-in user's roles do not permit this, or a write did not carry the session's CSRF token in `X-CSRF-Token`. */
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
    /** @description The body is not JSON, or not a JSON object; nothing was read or stored. */
    BadRequest: {
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
    /** @description The page is part of a CSV export; the backend audits every page of an export. */
    Export: boolean;
    /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
    IfMatch: string;
    /** @description Who acted (a person's id); 422 for a person the directory does not know. */
    AuditPerson: string;
    AuditModule: components['schemas']['AuditModule'];
    AuditEntityType: string;
    AuditEntityId: string;
    AuditAction: string;
    /** @description First day (YYYY-MM-DD, UTC), inclusive. */
    AuditFrom: string;
    /** @description Last day (YYYY-MM-DD, UTC), inclusive; 422 when it is before `from`. */
    AuditTo: string;
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
      400: components['responses']['BadRequest'];
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
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
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
      400: components['responses']['BadRequest'];
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
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listAuditTrail: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description at, actor, action or entityType; prefix `-` for descending. Default `-at` (newest first). */
        sort?: string;
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
        /** @description Who acted (a person's id); 422 for a person the directory does not know. */
        personId?: components['parameters']['AuditPerson'];
        module?: components['parameters']['AuditModule'];
        entityType?: components['parameters']['AuditEntityType'];
        entityId?: components['parameters']['AuditEntityId'];
        action?: components['parameters']['AuditAction'];
        /** @description First day (YYYY-MM-DD, UTC), inclusive. */
        from?: components['parameters']['AuditFrom'];
        /** @description Last day (YYYY-MM-DD, UTC), inclusive; 422 when it is before `from`. */
        to?: components['parameters']['AuditTo'];
        /** @description Only events up to this place in the chain, so that paging (an export) is not shifted by events recorded meanwhile. */
        untilSeq?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events, with the last place in the chain it was read up to. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditTrailPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  verifyAuditTrail: {
    parameters: {
      query?: {
        /** @description Who acted (a person's id); 422 for a person the directory does not know. */
        personId?: components['parameters']['AuditPerson'];
        module?: components['parameters']['AuditModule'];
        entityType?: components['parameters']['AuditEntityType'];
        entityId?: components['parameters']['AuditEntityId'];
        action?: components['parameters']['AuditAction'];
        /** @description First day (YYYY-MM-DD, UTC), inclusive. */
        from?: components['parameters']['AuditFrom'];
        /** @description Last day (YYYY-MM-DD, UTC), inclusive; 422 when it is before `from`. */
        to?: components['parameters']['AuditTo'];
        fromSeq?: number;
        toSeq?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the run is intact, and where it is not. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  makeAuditPack: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuditPackRequest'];
      };
    };
    responses: {
      /** @description The pack, its summaries in the request's language. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPack'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listComplaints: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description A field name, prefixed with `-` for descending. */
        sort?: components['parameters']['Sort'];
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
        status?: components['schemas']['ComplaintStatus'];
        subject?: components['schemas']['ComplaintSubject'];
        jurisdiction?: components['schemas']['ComplaintJurisdiction'];
        assigneeId?: string;
        /** @description overdue (an open deadline has passed), due_soon (the next one falls within 7 days), on_track, none. */
        deadline?: components['schemas']['ComplaintDeadlineStatus'];
        /** @description true for complaints with a regulator involved (escalated or referred by one), false for the others. */
        escalated?: boolean;
        regulatorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of complaints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  createComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintCreateInput'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getComplaint: {
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
      /** @description The complaint; its version is also the ETag. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateComplaint: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintTransitionInput'];
      };
    };
    responses: {
      /** @description Moved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  extendComplaintDeadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintExtensionInput'];
      };
    };
    responses: {
      /** @description Extended. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getComplaintEscalation: {
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
      /** @description The escalation. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Escalation'] | null;
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateComplaintEscalation: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationUpdateInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  escalateComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationInput'];
      };
    };
    responses: {
      /** @description Escalated. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  addComplaintCorrespondence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrespondenceInput'];
      };
    };
    responses: {
      /** @description Logged; the complaint as it is now. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listComplaintRegulators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The regulators with open escalations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['RegulatorCaseload'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  getComplaintDeadlineSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintDeadlineSettings'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  updateComplaintDeadlineSettings: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintDeadlineSettingsInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintDeadlineSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDashboardCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        card: components['schemas']['DashboardCardId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card's figures, as of now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardCard'];
        };
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  listPolicies: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description title, category, status or updatedAt; prefix `-` for descending. */
        sort?: string;
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        status?: components['schemas']['PolicyStatus'];
        category?: components['schemas']['PolicyCategory'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of policies. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  createPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getPolicy: {
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
      /** @description The policy. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updatePolicy: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  retirePolicy: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Retired. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  createPolicyVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyVersionInput'];
      };
    };
    responses: {
      /** @description Drafted. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getPolicyVersion: {
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
      /** @description The version. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersion'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updatePolicyVersion: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyVersionInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  publishPolicyVersion: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishInput'];
      };
    };
    responses: {
      /** @description Published. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  acknowledgePolicyVersion: {
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
      /** @description Already acknowledged; the record as it was. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAcknowledgement'];
        };
      };
      /** @description Acknowledged. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAcknowledgement'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getPolicyCompletion: {
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
      /** @description The completion. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyCompletion'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPolicyPeople: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description name or department; prefix `-` for descending. */
        sort?: string;
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        status?: components['schemas']['AcknowledgementStatus'];
        department?: string;
      };
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
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
          'application/json': components['schemas']['PolicyPersonPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationFailed'];
    };
  };
  remindPolicyOverdue: {
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
      /** @description Sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderResult'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listPolicyAcknowledgements: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
      };
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of acknowledgements. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAcknowledgementPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getPolicyAudience: {
    parameters: {
      query?: {
        everyone?: boolean;
        departments?: string[];
        siteIds?: string[];
        roles?: components['schemas']['Role'][];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The departments and the number of people matched. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            departments: string[];
            matches: number;
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  listMyPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's policies, overdue first, then pending, then acknowledged. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MyPolicy'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  getMyPolicy: {
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
      /** @description The policy to read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyPolicyReading'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  putPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Preferences'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Preferences'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listProcessors: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description name, status, riskTier, country, nextReviewDue or updatedAt; prefix `-` for descending. */
        sort?: string;
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
        status?: components['schemas']['ProcessorStatus'];
        tier?: components['schemas']['RiskTier'];
        /** @description ISO 3166-1 alpha-2; matches the processor's country or any of its processing locations. */
        country?: string;
        dataCategory?: components['schemas']['DataCategory'];
        reviewStatus?: components['schemas']['ReviewStatus'];
        /** @description true for processors with at least one flag, false for those with none. */
        flagged?: boolean;
        /** @description Only processors carrying this flag. */
        flag?: components['schemas']['ProcessorFlagCode'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of processors. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessorPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  createProcessor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessorInput'];
      };
    };
    responses: {
      /** @description Registered. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Processor'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getProcessor: {
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
      /** @description The processor; its version is also the ETag. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Processor'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateProcessor: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessorInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Processor'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProcessorContracts: {
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
      /** @description The processor's contracts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProcessingContract'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createProcessorContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessingContractInput'];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessingContract'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getProcessorContract: {
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
      /** @description The contract. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessingContract'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateProcessorContract: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessingContractInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessingContract'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProcessorReviews: {
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
      /** @description The processor's reviews. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ComplianceReview'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createProcessorReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplianceReviewInput'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getProcessorReview: {
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
      /** @description The review. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReview'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateProcessorReview: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplianceReviewInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReviewCadence: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cadence. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewCadence'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  updateReviewCadence: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewCadenceInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewCadence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRisks: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description reference, title, category, status, inherentScore, residualScore, nextReviewDue, waitingSince or updatedAt; prefix `-` for descending. */
        sort?: string;
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
        category?: components['schemas']['RiskCategory'];
        /** @description The band of the residual score (or of the inherent one with basis=inherent). */
        rating?: components['schemas']['RiskRating'];
        status?: components['schemas']['RiskStatus'];
        ownerId?: string;
        /** @description Only risks linked to this processor. */
        processorId?: string;
        /** @description true for risks with an overdue mitigation action or an overdue review. */
        overdue?: boolean;
        /** @description Which scores `rating`, `likelihood` and `impact` filter on; residual by default. */
        basis?: components['schemas']['RiskScoreBasis'];
        likelihood?: number;
        impact?: number;
        /** @description true: the caller's review queue, everything waiting for them (in review, or approved and due for review, on risks they neither own nor submitted), oldest first unless sorted otherwise. */
        queue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of risks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RiskPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  createRisk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RiskInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Risk'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getRisk: {
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
      /** @description The risk; its version is also the ETag. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Risk'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateRisk: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RiskInput'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Risk'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionRisk: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RiskTransitionInput'];
      };
    };
    responses: {
      /** @description Moved; the transition is on the risk's timeline. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Risk'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskHeatMap: {
    parameters: {
      query?: {
        basis?: components['schemas']['RiskScoreBasis'];
        category?: components['schemas']['RiskCategory'];
        status?: components['schemas']['RiskStatus'];
        ownerId?: string;
        processorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The 25 cells (every one, with 0 where no risk sits). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RiskHeatMap'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listVisits: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        /** @description A field name, prefixed with `-` for descending. */
        sort?: components['parameters']['Sort'];
        /** @description Free-text search. */
        q?: components['parameters']['Query'];
        /** @description The page is part of a CSV export; the backend audits every page of an export. */
        export?: components['parameters']['Export'];
        /** @description First day (YYYY-MM-DD, UTC, inclusive) on which the visit began. */
        from?: string;
        /** @description Last day (YYYY-MM-DD, UTC, inclusive) on which the visit began; not before `from` (422 at `to`). */
        to?: string;
        hostId?: string;
        /** @description Part of the company name, case-insensitive. */
        company?: string;
        siteId?: string;
        status?: components['schemas']['VisitStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of visits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  checkInVisitor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckInRequest'];
      };
    };
    responses: {
      /** @description Checked in. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  listVisitorsOnSite: {
    parameters: {
      query?: {
        /** @description One site; all sites when absent. */
        siteId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Visitors on site, longest on site first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OnSite'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  getVisit: {
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
      /** @description The visit. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  checkOutVisitor: {
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
      /** @description Checked out; `undoableUntil` says until when the check-out can be undone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  undoCheckOut: {
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
      /** @description On site again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listExpectedVisits: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: components['parameters']['Page'];
        /** @description Rows per page; up to 1000 when `export=true`. */
        pageSize?: components['parameters']['PageSize'];
        scope?: 'mine' | 'desk';
        /** @description With scope=desk, the day (YYYY-MM-DD); each site's own today when absent. */
        date?: string;
        siteId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Expected visits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpectedVisitPage'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  expectVisitor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpectedVisitRequest'];
      };
    };
    responses: {
      /** @description Registered. */
      201: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpectedVisit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
  cancelExpectedVisit: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  checkInExpectedVisitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpectedCheckInRequest'];
      };
    };
    responses: {
      /** @description Checked in. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationFailed'];
    };
  };
  getVisitRetention: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The setting. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitRetention'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  setVisitRetention: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VisitRetentionUpdate'];
      };
    };
    responses: {
      /** @description Saved, and the purge done. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitRetention'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  getVisitHistoryWindow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The setting. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitHistoryWindow'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
    };
  };
  setVisitHistoryWindow: {
    parameters: {
      query?: never;
      header: {
        /** @description The record's version as read, quoted (`"3"`); a stale one answers 412. */
        'If-Match': components['parameters']['IfMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VisitHistoryWindowUpdate'];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitHistoryWindow'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['ValidationFailed'];
      428: components['responses']['ValidationFailed'];
    };
  };
  previewVisitRetention: {
    parameters: {
      query: {
        days: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The preview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitRetentionPreview'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['ValidationFailed'];
    };
  };
}
