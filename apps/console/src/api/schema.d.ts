// Generated from the API's OpenAPI document by `npm run console:api`. Do not edit: change the
// operation in libs/contracts/src/<feature>/<feature>.http.ts and regenerate (a unit test fails when stale).
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each dependency's state; 503 with Retry-After when any is down or slower than HEALTH_CHECK_TIMEOUT_MS
         * @description Kept as it was for existing monitors (latency per dependency; a down one only as `unreachable` or `no answer within N ms`). Orchestrators should probe `/health/live` and `/health/ready`.
         */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process serves HTTP; calls no dependency and is exempt from rate limits */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when Temporal, Kafka and the store each answered within HEALTH_CHECK_TIMEOUT_MS, else 503 with Retry-After; only up/down per dependency */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API process's Prometheus metrics (text exposition format 0.0.4): HTTP request durations per route pattern and status, requests in flight, Node process metrics
         * @description Public like the health routes (ours): the series name only route patterns (already in this document) and counts, never an id, a caller or a payload. Scrape it from inside the deployment; a public ingress should not route it.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: the token’s subject, unit and roles, the unit’s name and a display name (any authenticated caller) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load and start a plan: a template rebased to a date, or a full definition */
        post: operations["startPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/evaluation-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Supply the evaluation index of a plan that has no T1 (T1's accepted deliverable sets it otherwise); once only */
        put: operations["setPlanEvaluationIndex"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of POST /plans (admins): the same body — a template with a plan id and a date, or a full definition — checked for every problem, each with its path; nothing is started or recorded. A body that is not a plan at all is answered 200 with its problems too (only JSON that does not parse is a 400) */
        post: operations["validatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plan-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan templates an admin may load with POST /plans `{template, planId, rebaseTo}` (admins) */
        get: operations["listPlanTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's status and its tasks' states */
        get: operations["viewPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task inbox, nearest deadline first; officials see their own unit's tasks (led or co-unit) */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task: its state, deadline, ladder, contributions, extensions, escalations and history */
        get: operations["viewTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress (officials of the task's unit) */
        post: operations["reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contribute to a task (officials of a co-unit); the lead unit submits once every co-unit contributed or was waived */
        post: operations["contribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/contributions/{unit}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive a co-unit's pending contribution, with a reason (supervisors) */
        post: operations["waiveContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the deliverable (officials of the task's unit); a second submit is a 409, and so is one before the co-units contributed or the sub-tasks were accepted */
        post: operations["submitTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/subtasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Break the task down for a department of its unit (逐级落实, 六(三); officials of the task's unit): the sub-task `{taskId}.{unit}` starts with its own deadline and ladder, due on or before the task's; the task is submitted once its sub-tasks are accepted */
        post: operations["cascadeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject (with a reason) a submission (supervisors; not the submitter: separation of duties) */
        post: operations["reviewTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a later deadline (延期申请; officials of the task's unit); one request at a time */
        post: operations["requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/extensions/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or refuse the pending extension request (supervisors; not its requester: separation of duties); approval moves the deadline and restarts the ladder */
        post: operations["decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/directive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a directive (督办单) with a committed date (supervisors); the date becomes the deadline in force */
        post: operations["issueTaskDirective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's evidence files, oldest first (whoever may see the task); at most 200 */
        get: operations["listEvidence"];
        put?: never;
        /**
         * Upload an evidence file (佐证材料) for a task (officials of its lead unit or a co-unit); reference it as `evidence://<id>` in a progress report, submission or contribution
         * @description `multipart/form-data` with one part named `file`, streamed into the store. The type is decided from the bytes: PDF, PNG, JPEG, GIF, WebP, docx/xlsx/pptx, doc/xls/ppt; anything else is a 415 EVIDENCE.TYPE_REFUSED naming the rule. Over `EVIDENCE_MAX_BYTES` (default 20 MiB) is a 413 EVIDENCE.TOO_LARGE. A refused file leaves nothing stored.
         */
        post: operations["uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file of the task (whoever may see the task)
         * @description Streamed with its sniffed `Content-Type`, `Content-Disposition: attachment` (RFC 6266, the name in `filename*` as UTF-8), `X-Content-Type-Options: nosniff` and `Content-Length`. A file of another task, a missing one and one of a task the caller may not see all answer the same 404 EVIDENCE.NOT_FOUND. A store failure after the first bytes ends the stream early.
         */
        get: operations["downloadEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 督查室 inbox: escalation cases, longest waiting first; with count=true also total and counts by unit, level and age over every match (supervisors)
         * @description Age is working days since the case was raised (Asia/Shanghai, China working-day calendar), in buckets 0-4, 5-14, 15+.
         */
        get: operations["listEscalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an escalation level: its repeated notices stop (supervisors); answers the task, or the enterprise for a step */
        post: operations["acknowledgeEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{id}/directive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a directive (督办单) on the escalated task or enterprise step with a committed date (supervisors); answers the task, or the enterprise */
        post: operations["issueEscalationDirective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/briefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Information briefs (信息简报) by month and unit; officials see their own unit’s */
        get: operations["listBriefs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise list; officials see their district's, or those with a step their unit owns */
        get: operations["listEnterprises"];
        put?: never;
        /** Register an enterprise of the caller's district in a plan's transfer programme; 409 for an id registered before */
        post: operations["registerEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register many enterprises from CSV (?planId=) or JSON ({planId, enterprises}); answers which rows were registered and why the others were not
         * @description CSV with the header id,name,district,industry,technology,valueAddedRate,taxContribution,energyPerOutput,labourIntensity,scale,growth,highTechCertified,headquartersInShenzhen,productionInShenzhen,redLines,productionCategory,productionMovingOut,leadingFirm, or JSON {planId, enterprises: [registration…]}. Every row is checked before any is registered; a bad row is a rejected row of the report, not a 400.
         */
        post: operations["importEnterprises"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/rollups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by district, park or track, split by status and track, with how many are overdue */
        get: operations["listEnterpriseRollups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise as its workflow sees it: registration, classification, every step with its ladder */
        get: operations["viewEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track, score and explanation; 409 ENTERPRISE.AWAITING_INDEX before the evaluation index is in force */
        get: operations["viewEnterpriseClassification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored parks ranked for the enterprise (fit and reasons) and the parks blocked for it (every reason); 409 ENTERPRISE.AWAITING_INDEX before it is classified */
        get: operations["viewEnterpriseDestinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New indicator values and red-line flags (officials of STIIC, supervisors, admins): re-classified with the plan’s index; a changed track cancels the open step and opens the new track’s first; 409 ENTERPRISE.EVALUATION_OUT_OF_TURN once a step is recorded */
        post: operations["reevaluateEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an open step (officials of the step's owning unit); answers the enterprise */
        post: operations["completeEnterpriseStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stored industrial transfer park (the defaults and those loaded), ordered by id */
        get: operations["listParks"];
        put?: never;
        /** Load a park (admins, officials of PLAN or STIIC), validated with the domain park schema; 409 PARK.ALREADY_EXISTS for a stored id */
        post: operations["createPark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One park; 404 PARK.NOT_FOUND */
        get: operations["viewPark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The holiday arrangement in force for each year from `from` to `to` (default: 2008 to next year): a notice (built in or loaded) or a provisional year */
        get: operations["listCalendarYears"];
        put?: never;
        /** Load a State Council holiday notice for a year (admins): validated (spans inside the year, 共N天 matching, make-up days on weekends, no overlap), versioned and audited; running ladders whose planned times it changes are re-planned, each with a `duban.deadline.ladder-replanned.v1` event. Loading the notice in force again changes nothing (`changed: false`). */
        post: operations["loadCalendarNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The holiday arrangement in force for one year (2008–2100) */
        get: operations["viewCalendarYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's unit's notifications, newest first, with the unit's unread count (admins may name a unit) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every unread notification of the caller's unit read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one notification read for the caller's unit (its recipient); any other unit gets 404 */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each unit's annual score per plan (our rules; the assessment is led by 督查室 with LGO and PERF, 六(三)), with the events that cost or earned its points; excellent (优秀) at the plan's excellentAtLeast (90 by default, ours: the seed's ≥ 90 is the city's score, see GET /assessment/city), belowTarget under it */
        get: operations["listScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/{unit}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit's score for one year explained, per plan: base and target (the plan's rules), points still to make up, points by rule and by task or step, and every event that cost or earned them (a unit not assessed that year has no plans) */
        get: operations["scoreDrillDown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/targets/{targetCode}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a target's value for a period (officials of the target's owning unit); a period reported before needs `correction` with its reason */
        post: operations["reportTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's targets with their reports in force, the latest value and whether it meets the target; computed from the plan's events in the audit log */
        get: operations["listTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessment/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province's annual score of the city (三: ≥ 90, 优秀) on the plan's targets, with the units' scores beside it; led by 督查室 with LGO and PERF (六(三)). Supervisors, performance, admins and officials of LGO */
        get: operations["cityAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/benefit-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The benefit-sharing ledger summed per district (转出地) or park (转入地), recomputed from the audit log. Supervisors, performance, admins and officials of LGO see every district; a district’s officials see their own */
        get: operations["benefitLedger"];
        put?: never;
        /** Record a transferred enterprise's output value and tax for a period and their split between 转出地 and 转入地 (利益共享, 二(四)); officials of the enterprise's district; a period recorded before needs `correction` */
        post: operations["recordBenefit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail: events by subject, type and time; one subject's events in order */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every matching event with its chain fields, streamed as JSON Lines or CSV (RFC 4180)
         * @description A download streamed as the client reads it, never held in memory: `format=jsonl` (the default) answers `application/jsonl; charset=utf-8`, one JSON object a line (the CloudEvent, `recordedAt`, and its chain fields `chain`, `seq`, `prevHash`, `prevEventId`, `hash`, `kafka`, so an export can be re-verified offline); `format=csv` answers `text/csv; charset=utf-8; header=present`, the same fields as columns (a header row, CRLF line ends, `data` and `kafka` as JSON in one column each). An error after the first bytes ends the stream early: it cannot become a problem details answer.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checks the audit log's hash chains; names every edited, deleted, inserted or reordered record */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/workflows/{workflowId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temporal's own history of a workflow, across continue-as-new runs, with who started, signalled or updated it */
        get: operations["getWorkflowHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every subscription (never a secret) */
        get: operations["listSubscriptions"];
        put?: never;
        /** Subscribe a URL to event types; the answer shows the signing secret, once */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries that failed every attempt (or met 410 Gone), most recent first */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/dead-letters/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-queue a dead letter for a new round of attempts (same event id); answers the delivery */
        post: operations["retryDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription (never its secret) */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /** Delete a subscription; its pending deliveries are cancelled */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's deliveries with their attempts and last answer, most recently changed first */
        get: operations["listSubscriptionDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办: a unit's open tasks (led, or a co-unit's pending contribution), information briefs and enterprise steps together, most urgent first, with working days left on the holiday calendar and the ladder's current card. Officials read their own unit's; supervisors, performance and admins name the unit */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/board/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办看板: overdue work by unit × level — each task or enterprise-step deadline with an unresolved card (open or acknowledged), counted once at its highest card — with counts and ages in working days overdue (max and median); the cases themselves, with acknowledge and directive, are at GET /escalations */
        get: operations["getOverdueBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cockpit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导小组办公室 驾驶舱: one plan's progress by task and by district, escalation cards raised and resolved per month, enterprises by track and open step, and the destination parks chosen, in one read of the projections (a plan the projections do not know yet answers zeros) */
        get: operations["getCockpit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates as server-sent events: what changed in the caller’s tasks, 督查室 cases, notifications, enterprises and scores
         * @description A `text/event-stream` that stays open. It starts with `retry: 3000` and `event: ready` (`data: {"seq":N}`, `id: N`), then one message per change the caller may see, written after the consumers have projected it: `id: <seq>`, `event: task|escalation|notification|enterprise|score`, `data: {"seq","kind","type","subject","unit","taskId"?,"enterpriseId"?,"level"?,"at"}` (JSON on one line). A comment line every 15 s keeps it open. Visibility as the reads: an official sees the changes of their unit’s tasks (co-unit tasks included), enterprises and notifications; supervisors, performance and admins see every change of tasks, cases, enterprises and scores; notifications go to the recipient unit’s callers only (the bell is per unit). Resume: send `Last-Event-ID: <seq>` and the stream first replays what the caller missed after it (at most LIVE_REPLAY_LIMIT feed positions back), each once; an id that is unknown or too old gets `event: reset` (refetch, then follow the live messages). At most LIVE_MAX_STREAMS_PER_CALLER (5) streams per caller at once: one more is a 429. The stream counts as one request for the rate limits and is not cut by the request budget. Ours.
         */
        get: operations["streamLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dev users the console may sign in as: an official of each unit of the seed plan, 督查室, the Leading Group Office, 绩效办 and an admin
         * @description Local development only: registered only when the API runs with DEV_SIGN_IN=on (the local HS256 secret in use, as `npm start` runs it); otherwise the route does not exist and answers 404 like any unknown path. Public: no token needed.
         */
        get: operations["listDevUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A token for one dev user, signed with the local secret (what `npm run token` signs)
         * @description Local development only: registered only when the API runs with DEV_SIGN_IN=on (the local HS256 secret in use, as `npm start` runs it); otherwise the route does not exist and answers 404 like any unknown path. Public: no token needed. An unknown `userId` is a 400 naming the field.
         */
        post: operations["issueDevToken"];
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
export interface operations {
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every dependency is up (`status: ok`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        dependencies: {
                            temporal: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                            kafka: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                            store: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                        };
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description a dependency is down or slow (`status: degraded`); or problem details: DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        dependencies: {
                            temporal: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                            kafka: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                            store: {
                                /** @enum {string} */
                                status: "up";
                                /** @description milliseconds the probe took */
                                latencyMs: number;
                            } | {
                                /** @enum {string} */
                                status: "down";
                                /** @description `unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS) */
                                error: string;
                            };
                        };
                    };
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "up";
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every dependency is up (`status: ready`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not-ready";
                        dependencies: {
                            /** @enum {string} */
                            temporal: "up" | "down";
                            /** @enum {string} */
                            kafka: "up" | "down";
                            /** @enum {string} */
                            store: "up" | "down";
                        };
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description a dependency is down or slow (`status: not-ready`); or problem details: DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not-ready";
                        dependencies: {
                            /** @enum {string} */
                            temporal: "up" | "down";
                            /** @enum {string} */
                            kafka: "up" | "down";
                            /** @enum {string} */
                            store: "up" | "down";
                        };
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the metrics, `text/plain; version=0.0.4` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the JWT subject */
                        sub: string;
                        /** @description the unit code of the caller */
                        unit: string;
                        roles: ("official" | "supervisor" | "performance" | "admin")[];
                        /** @description the unit's Chinese name, as the seed templates or the loaded plan that names it calls it; its code when none does */
                        unitName: string;
                        /** @description a display name: the dev user's name under the local dev sign-in, otherwise the token subject */
                        name: string;
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    startPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    template: string;
                    planId: string;
                    rebaseTo: string | null;
                } | {
                    planId: string;
                    title: string;
                    titleEn: string;
                    issuedOn: string;
                    /** @enum {string} */
                    timeZone: "Asia/Shanghai";
                    units: {
                        code: string;
                        name: string;
                        nameEn: string;
                        parent?: string;
                    }[];
                    /** @default [] */
                    groups?: {
                        code: string;
                        name: string;
                        units: string[];
                    }[];
                    tasks: {
                        code: string;
                        title: string;
                        titleEn: string;
                        lead: string;
                        /** @default [] */
                        coUnits?: string[];
                        deliverable: string;
                        due: string;
                        subtasks?: {
                            unit: string;
                            title: string;
                            titleEn?: string;
                            due: string;
                        }[];
                    }[];
                    /** @default {} */
                    escalation?: {
                        /**
                         * @default [
                         *       30,
                         *       7,
                         *       1
                         *     ]
                         */
                        reminderDaysBefore?: number[];
                        /** @default 9 */
                        reminderHour?: number;
                        /** @default 5 */
                        redAfterWorkingDays?: number;
                        /** @default 15 */
                        leadingGroupAfterWorkingDays?: number;
                        /** @default 5 */
                        repeatEveryWorkingDays?: number;
                    };
                    /** @default {} */
                    briefs?: {
                        /**
                         * @default monthly
                         * @enum {string}
                         */
                        cadence?: "monthly";
                        /** @default 5 */
                        dueWorkingDayOfNextMonth?: number;
                        units?: string[];
                    };
                    /** @default {} */
                    scoring?: {
                        /** @default 100 */
                        base?: number;
                        /** @default 0.5 */
                        perOverdueWorkingDay?: number;
                        /** @default 10 */
                        overdueCapPerTask?: number;
                        /** @default 2 */
                        yellowCard?: number;
                        /** @default 5 */
                        redCard?: number;
                        /** @default 1 */
                        missedBrief?: number;
                        /** @default 1 */
                        earlyCompletionBonus?: number;
                        /** @default 90 */
                        excellentAtLeast?: number;
                    };
                    targets?: {
                        code: string;
                        title: string;
                        titleEn: string;
                        clause: string;
                        owner: string;
                        indicator: {
                            measure: string;
                            /**
                             * @default level
                             * @enum {string}
                             */
                            kind?: "cumulative" | "level";
                            /** @enum {string} */
                            comparator: "atLeast" | "atMost";
                            value: number;
                            ratio?: {
                                numerator: string;
                                denominator: string;
                                measure: string;
                            };
                        };
                        by: string;
                        /**
                         * @default annual
                         * @enum {string}
                         */
                        period?: "annual" | "quarterly";
                        weight: number;
                        /** @default [] */
                        ours?: ("clause" | "owner" | "indicator" | "value" | "by" | "period")[];
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the plan's workflow is started, with one task per (task, responsible unit) */
            201: {
                headers: {
                    /** @description /plans/{planId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        workflowId: string;
                        /** @description one task id per (task, responsible unit) */
                        tasks: string[];
                    };
                };
            };
            /** @description PLAN.INVALID, PLAN.TEMPLATE_NOT_FOUND, REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.INVALID" | "PLAN.TEMPLATE_NOT_FOUND" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.ALREADY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.ALREADY_EXISTS";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    setPlanEvaluationIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: string;
                    title: string;
                    indicators: {
                        /** @enum {string} */
                        key: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                        name: string;
                        nameEn: string;
                        unit: string;
                        weight: number;
                        /** @enum {string} */
                        direction: "higher-better" | "lower-better";
                        floor: number;
                        ceiling: number;
                        /**
                         * @default linear
                         * @enum {string}
                         */
                        transform?: "linear" | "log10";
                    }[];
                    /** @default 0 */
                    highTechCertifiedBonus?: number;
                    thresholds: {
                        supportAtLeast: number;
                        hqStaysAtLeast: number;
                    };
                };
            };
        };
        responses: {
            /** @description the plan with its evaluation index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        title: string;
                        issuedOn: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                        startedAt: string;
                        /** @description the template the plan was built from, and the date it was rebased to */
                        template?: {
                            name: string;
                            rebaseTo: string | null;
                        };
                        tasks: {
                            taskId: string;
                            taskCode: string;
                            unit: string;
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                        }[];
                        /** @description accepted deliverables by task code (T1's evaluation index, T2's park plan…) */
                        deliverables: {
                            [key: string]: {
                                taskId: string;
                                summary: string;
                                deliverableRef?: string;
                                acceptedAt: string;
                            }[];
                        };
                        /** @description the evaluation index in force, once T1 is accepted (or an admin supplied one) */
                        evaluationIndex?: {
                            version: string;
                            title: string;
                            indicators: {
                                /** @enum {string} */
                                key: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                nameEn: string;
                                unit: string;
                                weight: number;
                                /** @enum {string} */
                                direction: "higher-better" | "lower-better";
                                floor: number;
                                ceiling: number;
                                /** @enum {string} */
                                transform: "linear" | "log10";
                            }[];
                            highTechCertifiedBonus: number;
                            thresholds: {
                                supportAtLeast: number;
                                hqStaysAtLeast: number;
                            };
                        };
                        /** @description the plan's escalation ladder, which enterprise steps follow too */
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @description the plan's clock offset (ms; only a simulation of a historical plan has one); absent for 0 */
                        clockOffsetMs?: number;
                    };
                };
            };
            /** @description PLAN.INVALID, REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.INVALID" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, PLAN.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "PLAN.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.INDEX_ALREADY_SET */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.INDEX_ALREADY_SET";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    validatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description every problem found, and what would be started when none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description no problem: `POST /plans` with the same body would start the plan */
                        valid: boolean;
                        /** @description every problem found: the schema’s, else the rules across fields; plus whether the plan id is taken */
                        problems: {
                            /** @description a dotted path into the submitted JSON (`tasks.3.due`); '' for the body as a whole */
                            path: string;
                            message: string;
                            /** @description the check: a schema check's zod issue code (`invalid_type`, `unrecognized_keys`, `too_small`, `invalid_string`, `invalid_enum_value`, …); `plan-rule` for a rule across fields (unknown unit, duplicate code, due before issue…); `template-not-found`; `plan-exists` when a plan with that id is already loaded */
                            code: string;
                        }[];
                        /** @description what would be started, when the definition (or the template and date) is valid */
                        plan?: {
                            planId: string;
                            title: string;
                            issuedOn: string;
                            units: number;
                            /** @description the task ids it would start, one per (task, responsible unit) */
                            tasks: string[];
                            firstDue: string;
                            lastDue: string;
                        };
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listPlanTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description the `template` of `POST /plans` */
                            name: string;
                            /** @description the plan id of the template as written (pick another when loading it rebased) */
                            planId: string;
                            title: string;
                            titleEn: string;
                            /** @description the date `rebaseTo` moves: every date shifts by the same number of days */
                            issuedOn: string;
                            units: number;
                            tasks: {
                                code: string;
                                title: string;
                                lead: string;
                                due: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        title: string;
                        issuedOn: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                        startedAt: string;
                        /** @description the template the plan was built from, and the date it was rebased to */
                        template?: {
                            name: string;
                            rebaseTo: string | null;
                        };
                        tasks: {
                            taskId: string;
                            taskCode: string;
                            unit: string;
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                        }[];
                        /** @description accepted deliverables by task code (T1's evaluation index, T2's park plan…) */
                        deliverables: {
                            [key: string]: {
                                taskId: string;
                                summary: string;
                                deliverableRef?: string;
                                acceptedAt: string;
                            }[];
                        };
                        /** @description the evaluation index in force, once T1 is accepted (or an admin supplied one) */
                        evaluationIndex?: {
                            version: string;
                            title: string;
                            indicators: {
                                /** @enum {string} */
                                key: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                nameEn: string;
                                unit: string;
                                weight: number;
                                /** @enum {string} */
                                direction: "higher-better" | "lower-better";
                                floor: number;
                                ceiling: number;
                                /** @enum {string} */
                                transform: "linear" | "log10";
                            }[];
                            highTechCertifiedBonus: number;
                            thresholds: {
                                supportAtLeast: number;
                                hqStaysAtLeast: number;
                            };
                        };
                        /** @description the plan's escalation ladder, which enterprise steps follow too */
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @description the plan's clock offset (ms; only a simulation of a historical plan has one); absent for 0 */
                        clockOffsetMs?: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                unit?: string;
                status?: "assigned" | "in_progress" | "submitted" | "accepted";
                overdue?: "true" | "false";
                dueBefore?: string;
                planId?: string;
                kind?: "task" | "brief";
                taskCode?: string;
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            taskId: string;
                            planId: string;
                            taskCode: string;
                            unit: string;
                            coUnits: string[];
                            title: string;
                            /** @enum {string} */
                            kind: "task" | "brief";
                            /** @description the deadline date in force */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai (ISO-8601, UTC) */
                            deadline: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            overdue: boolean;
                            progressPercent: number;
                            /** @description co-units whose contribution is neither given nor waived */
                            pendingContributions: string[];
                            extensionPending: boolean;
                            /** @description a yellow card is raised and not resolved */
                            yellowCard: boolean;
                            redCard: boolean;
                            leadingGroup: boolean;
                            /** @description escalations raised and not yet resolved (acknowledged ones included) */
                            openEscalations: number;
                            /** @description the time of the last event applied */
                            updatedAt: string;
                            /** @description the sequence of the last event applied */
                            lastEventSequence: number;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    reportProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    percent: number;
                    note: string;
                    evidence?: {
                        title: string;
                        uri: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.UNKNOWN_REF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 422;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.UNKNOWN_REF";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    contribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    evidence?: {
                        title: string;
                        uri: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.UNKNOWN_REF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 422;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.UNKNOWN_REF";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    waiveContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                /** @description the co-unit whose contribution is waived */
                unit: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    submitTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    deliverableRef?: string;
                    evidence?: {
                        title: string;
                        uri: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.CONTRIBUTIONS_PENDING, TASK.OUT_OF_TURN, TASK.SUBTASKS_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.CONTRIBUTIONS_PENDING" | "TASK.OUT_OF_TURN" | "TASK.SUBTASKS_PENDING";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.UNKNOWN_REF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 422;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.UNKNOWN_REF";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    cascadeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unit: string;
                    title: string;
                    titleEn?: string;
                    due: string;
                };
            };
        };
        responses: {
            /** @description the parent task with its new sub-task */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE, TASK.INVALID_SUBTASK */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE" | "TASK.INVALID_SUBTASK";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN, TASK.SUBTASK_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN" | "TASK.SUBTASK_EXISTS";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    reviewTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "accept" | "reject";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN, TASK.SEPARATION_OF_DUTIES */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN" | "TASK.SEPARATION_OF_DUTIES";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newDue: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.EXTENSION_PENDING, TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.EXTENSION_PENDING" | "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    decideExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "refuse";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN, TASK.SEPARATION_OF_DUTIES */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN" | "TASK.SEPARATION_OF_DUTIES";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NO_PENDING_EXTENSION, TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NO_PENDING_EXTENSION" | "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    issueTaskDirective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    committedDate: string;
                    instructions: string;
                };
            };
        };
        responses: {
            /** @description the task after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task's files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 24 hex digits */
                            id: string;
                            taskId: string;
                            /** @description the name the uploader gave, cleaned of paths and control characters; for display only */
                            filename: string;
                            /**
                             * @description decided from the bytes, not the name or the declared type
                             * @enum {string}
                             */
                            contentType: "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.presentationml.presentation" | "application/msword" | "application/vnd.ms-excel" | "application/vnd.ms-powerpoint";
                            /** @description bytes */
                            size: number;
                            /** @description hex digest of the bytes stored */
                            sha256: string;
                            uploadedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description the uploader's unit */
                            unit: string;
                            uploadedAt: string;
                            /** @description `evidence://<id>`: what a progress report, submission or contribution puts in `evidence[].uri` */
                            uri: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    uploadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the file; its name is kept for display
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description the stored file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 24 hex digits */
                        id: string;
                        taskId: string;
                        /** @description the name the uploader gave, cleaned of paths and control characters; for display only */
                        filename: string;
                        /**
                         * @description decided from the bytes, not the name or the declared type
                         * @enum {string}
                         */
                        contentType: "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.presentationml.presentation" | "application/msword" | "application/vnd.ms-excel" | "application/vnd.ms-powerpoint";
                        /** @description bytes */
                        size: number;
                        /** @description hex digest of the bytes stored */
                        sha256: string;
                        uploadedBy: {
                            sub: string;
                            unit: string;
                            roles: string[];
                        };
                        /** @description the uploader's unit */
                        unit: string;
                        uploadedAt: string;
                        /** @description `evidence://<id>`: what a progress report, submission or contribution puts in `evidence[].uri` */
                        uri: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description TASK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "TASK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.TOO_LARGE, REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.TOO_LARGE" | "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.TYPE_REFUSED, REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.TYPE_REFUSED" | "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    downloadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<name> */
                    "Content-Disposition"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/gif": string;
                    "image/webp": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.ms-powerpoint": string;
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description EVIDENCE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "EVIDENCE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listEscalations: {
        parameters: {
            query?: {
                unit?: string;
                level?: "yellow" | "red" | "leading-group";
                state?: "open" | "acknowledged" | "resolved";
                age?: "0-4" | "5-14" | "15+";
                planId?: string;
                taskId?: string;
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            escalationId: string;
                            taskId: string;
                            planId: string;
                            unit: string;
                            coUnits: string[];
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            /** @enum {string} */
                            state: "open" | "acknowledged" | "resolved";
                            due: string;
                            deadline: string;
                            /** @description working days overdue when the level was last raised */
                            overdueWorkingDays: number;
                            raisedAt: string;
                            /** @description working days since it was raised, today (Asia/Shanghai) */
                            ageWorkingDays: number;
                            /** @enum {string} */
                            ageBucket: "0-4" | "5-14" | "15+";
                            lastRaisedAt: string;
                            /** @description repeated notices of this level so far (0 for none) */
                            repeats: number;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            acknowledgementNote?: string;
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                            updatedAt: string;
                        }[];
                        counts?: {
                            byUnit: {
                                [key: string]: number;
                            };
                            byLevel: {
                                [key: string]: number;
                            };
                            byAge: {
                                "0-4": number;
                                "5-14": number;
                                "15+": number;
                            };
                        };
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    acknowledgeEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `{taskId}~{epoch}~{level}` or `{enterpriseId}/{step}~{epoch}~{level}` */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the task, or the enterprise for a step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    } | {
                        id: string;
                        name: string;
                        district: string;
                        industry: string;
                        planId: string;
                        registeredAt: string;
                        /** @enum {string} */
                        status: "awaiting-index" | "active" | "closed";
                        registration: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                            /** @enum {string} */
                            industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                            indicators: {
                                technology: number;
                                valueAddedRate: number;
                                taxContribution: number;
                                energyPerOutput: number;
                                labourIntensity: number;
                                scale: number;
                                growth: number;
                            };
                            flags: {
                                highTechCertified: boolean;
                                headquartersInShenzhen: boolean;
                                productionInShenzhen: boolean;
                                productionMovingOut?: boolean;
                                leadingFirm?: boolean;
                            };
                            /** @enum {string} */
                            productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                            redLines: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                        };
                        /** @enum {string} */
                        track?: "A" | "B" | "C" | "D";
                        classification?: {
                            /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                            indexVersion: string;
                            /** @enum {string} */
                            track: "A" | "B" | "C" | "D";
                            /** @description 0–100, 2 decimals; computed even on track D, for the record */
                            score: number;
                            contributions: {
                                /** @enum {string} */
                                indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                /** @description the enterprise's value, in `unit` */
                                raw: number;
                                unit: string;
                                /** @description 0–100 after normalisation and any bonus, 2 decimals */
                                normalised: number;
                                weight: number;
                                /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                                points: number;
                                /** @description why the normalised value is not the plain min-max one (a bonus) */
                                adjustment?: string;
                            }[];
                            /** @description the rule that decided the track, in words */
                            thresholdCrossed: string;
                            /** @description every red line found; empty unless the track is D */
                            redLines: {
                                /** @enum {string} */
                                code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                                name: string;
                            }[];
                            /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                            explanation: string[];
                            /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                            rule?: {
                                /** @enum {string} */
                                id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                                /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                                clause: string;
                                /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                                ours: string[];
                            };
                        };
                        /**
                         * @description `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)
                         * @enum {string}
                         */
                        intention?: "exit" | "transfer" | "upgrade";
                        /** @description the destination chosen at the destination step */
                        park?: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            reasons: string[];
                            rank?: number;
                            fit?: number;
                            matchReasons?: string[];
                        };
                        /** @description how many re-evaluations were recorded; absent before the first */
                        revision?: number;
                        steps: {
                            /** @enum {string} */
                            step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                            name: string;
                            /** @description the unit that owns the step */
                            unit: string;
                            /**
                             * @description `cancelled`: closed undone by a re-classification to a track whose steps differ
                             * @enum {string}
                             */
                            status: "open" | "done" | "cancelled";
                            openedAt: string;
                            /** @description the deadline date in force, YYYY-MM-DD */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai */
                            deadline: string;
                            ladder: {
                                /** @enum {string} */
                                kind: "reminder" | "yellow" | "red" | "leading-group";
                                at: string;
                                fired: boolean;
                                epoch: number;
                                daysBefore?: number;
                                repeat?: number;
                                /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                                provisionalYears?: number[];
                            }[];
                            escalations: {
                                /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                                id: string;
                                /** @enum {string} */
                                level: "yellow" | "red" | "leading-group";
                                raisedAt: string;
                                due: string;
                                repeats: number;
                                nextRepeatAt?: string;
                                /** @description the instant the next repeat is counted from (working days after it) */
                                repeatFrom?: string;
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                resolvedAt?: string;
                                /** @enum {string} */
                                resolution?: "completed" | "deadline-moved" | "cancelled";
                            }[];
                            /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                            calendar?: {
                                /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                                version: number;
                                /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                                provisionalYears: number[];
                            };
                            completedAt?: string;
                            completedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description what completing the step recorded */
                            payload?: {
                                [key: string]: unknown;
                            };
                            /** @description working days past the deadline at completion; 0 when on time */
                            overdueWorkingDays?: number;
                            cancelledAt?: string;
                            cancelledBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description 督查室 directives (督办单) that moved this step’s deadline */
                            directives?: {
                                id: string;
                                issuedAt: string;
                                issuedBy: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                previousDue: string;
                                committedDate: string;
                                instructions: string;
                            }[];
                        }[];
                        closedAt?: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ESCALATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ESCALATION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.STEP_OUT_OF_TURN, ESCALATION.ALREADY_ACKNOWLEDGED, TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.STEP_OUT_OF_TURN" | "ESCALATION.ALREADY_ACKNOWLEDGED" | "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    issueEscalationDirective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `{taskId}~{epoch}~{level}` or `{enterpriseId}/{step}~{epoch}~{level}` */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    committedDate: string;
                    instructions: string;
                };
            };
        };
        responses: {
            /** @description the task, or the enterprise for a step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{planId}.{taskCode}.{unitCode}` */
                        taskId: string;
                        planId: string;
                        taskCode: string;
                        /** @description the responsible (lead) unit */
                        unit: string;
                        coUnits: string[];
                        title: string;
                        titleEn: string;
                        deliverable: string;
                        /** @description the deadline date in force (after extensions and directives) */
                        due: string;
                        escalation: {
                            reminderDaysBefore: number[];
                            reminderHour: number;
                            redAfterWorkingDays: number;
                            leadingGroupAfterWorkingDays: number;
                            repeatEveryWorkingDays: number;
                        };
                        /** @enum {string} */
                        kind: "task" | "brief";
                        /** @description the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task */
                        departments?: string[];
                        /** @description its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted */
                        subtasks?: {
                            /** @description `{parentTaskId}.{unit}` */
                            taskId: string;
                            /** @description the department */
                            unit: string;
                            title: string;
                            titleEn: string;
                            /** @description the sub-task's deadline date in force */
                            due: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            cascadedAt: string;
                            /** @description absent for a sub-task of the plan definition */
                            cascadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                        }[];
                        /** @description on a sub-task: the task it was cascaded from */
                        parentTaskId?: string;
                        /** @description on a sub-task: the parent task's unit, which answers for it too (notices, score) */
                        parentUnit?: string;
                        /** @enum {string} */
                        status: "assigned" | "in_progress" | "submitted" | "accepted";
                        /** @description the plan's deadline date */
                        originalDue: string;
                        /** @description the deadline in force as an instant: the end of `due`, Asia/Shanghai */
                        deadline: string;
                        assignedAt: string;
                        acceptedAt?: string;
                        progressPercent: number;
                        submissions: {
                            version: number;
                            at: string;
                            actor: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary: string;
                            deliverableRef?: string;
                            evidence: {
                                title: string;
                                uri: string;
                            }[];
                        }[];
                        contributions: {
                            unit: string;
                            /** @enum {string} */
                            status: "pending" | "contributed" | "waived";
                            at?: string;
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            summary?: string;
                            evidence?: {
                                title: string;
                                uri: string;
                            }[];
                            reason?: string;
                        }[];
                        extensions: {
                            id: number;
                            requestedAt: string;
                            requestedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            reason: string;
                            previousDue: string;
                            requestedDue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused";
                            decidedAt?: string;
                            decidedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            comment?: string;
                        }[];
                        directives: {
                            id: string;
                            issuedAt: string;
                            issuedBy: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            previousDue: string;
                            committedDate: string;
                            instructions: string;
                        }[];
                        escalations: {
                            /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                            id: string;
                            /** @enum {string} */
                            level: "yellow" | "red" | "leading-group";
                            raisedAt: string;
                            due: string;
                            repeats: number;
                            nextRepeatAt?: string;
                            /** @description the instant the next repeat is counted from (working days after it) */
                            repeatFrom?: string;
                            acknowledgedAt?: string;
                            acknowledgedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            resolvedAt?: string;
                            /** @enum {string} */
                            resolution?: "completed" | "deadline-moved" | "cancelled";
                        }[];
                        ladder: {
                            /** @enum {string} */
                            kind: "reminder" | "yellow" | "red" | "leading-group";
                            at: string;
                            fired: boolean;
                            epoch: number;
                            daysBefore?: number;
                            repeat?: number;
                            /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                            provisionalYears?: number[];
                        }[];
                        /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                        calendar?: {
                            /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                            version: number;
                            /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                            provisionalYears: number[];
                        };
                        history: {
                            at: string;
                            /** @enum {string} */
                            action: "assigned" | "progress" | "contributed" | "contribution-waived" | "submitted" | "accepted" | "rejected" | "extension-requested" | "extension-approved" | "extension-refused" | "directive" | "escalation-acknowledged" | "cascaded";
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            note?: string;
                        }[];
                        overdue: boolean;
                    } | {
                        id: string;
                        name: string;
                        district: string;
                        industry: string;
                        planId: string;
                        registeredAt: string;
                        /** @enum {string} */
                        status: "awaiting-index" | "active" | "closed";
                        registration: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                            /** @enum {string} */
                            industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                            indicators: {
                                technology: number;
                                valueAddedRate: number;
                                taxContribution: number;
                                energyPerOutput: number;
                                labourIntensity: number;
                                scale: number;
                                growth: number;
                            };
                            flags: {
                                highTechCertified: boolean;
                                headquartersInShenzhen: boolean;
                                productionInShenzhen: boolean;
                                productionMovingOut?: boolean;
                                leadingFirm?: boolean;
                            };
                            /** @enum {string} */
                            productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                            redLines: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                        };
                        /** @enum {string} */
                        track?: "A" | "B" | "C" | "D";
                        classification?: {
                            /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                            indexVersion: string;
                            /** @enum {string} */
                            track: "A" | "B" | "C" | "D";
                            /** @description 0–100, 2 decimals; computed even on track D, for the record */
                            score: number;
                            contributions: {
                                /** @enum {string} */
                                indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                /** @description the enterprise's value, in `unit` */
                                raw: number;
                                unit: string;
                                /** @description 0–100 after normalisation and any bonus, 2 decimals */
                                normalised: number;
                                weight: number;
                                /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                                points: number;
                                /** @description why the normalised value is not the plain min-max one (a bonus) */
                                adjustment?: string;
                            }[];
                            /** @description the rule that decided the track, in words */
                            thresholdCrossed: string;
                            /** @description every red line found; empty unless the track is D */
                            redLines: {
                                /** @enum {string} */
                                code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                                name: string;
                            }[];
                            /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                            explanation: string[];
                            /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                            rule?: {
                                /** @enum {string} */
                                id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                                /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                                clause: string;
                                /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                                ours: string[];
                            };
                        };
                        /**
                         * @description `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)
                         * @enum {string}
                         */
                        intention?: "exit" | "transfer" | "upgrade";
                        /** @description the destination chosen at the destination step */
                        park?: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            reasons: string[];
                            rank?: number;
                            fit?: number;
                            matchReasons?: string[];
                        };
                        /** @description how many re-evaluations were recorded; absent before the first */
                        revision?: number;
                        steps: {
                            /** @enum {string} */
                            step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                            name: string;
                            /** @description the unit that owns the step */
                            unit: string;
                            /**
                             * @description `cancelled`: closed undone by a re-classification to a track whose steps differ
                             * @enum {string}
                             */
                            status: "open" | "done" | "cancelled";
                            openedAt: string;
                            /** @description the deadline date in force, YYYY-MM-DD */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai */
                            deadline: string;
                            ladder: {
                                /** @enum {string} */
                                kind: "reminder" | "yellow" | "red" | "leading-group";
                                at: string;
                                fired: boolean;
                                epoch: number;
                                daysBefore?: number;
                                repeat?: number;
                                /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                                provisionalYears?: number[];
                            }[];
                            escalations: {
                                /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                                id: string;
                                /** @enum {string} */
                                level: "yellow" | "red" | "leading-group";
                                raisedAt: string;
                                due: string;
                                repeats: number;
                                nextRepeatAt?: string;
                                /** @description the instant the next repeat is counted from (working days after it) */
                                repeatFrom?: string;
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                resolvedAt?: string;
                                /** @enum {string} */
                                resolution?: "completed" | "deadline-moved" | "cancelled";
                            }[];
                            /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                            calendar?: {
                                /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                                version: number;
                                /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                                provisionalYears: number[];
                            };
                            completedAt?: string;
                            completedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description what completing the step recorded */
                            payload?: {
                                [key: string]: unknown;
                            };
                            /** @description working days past the deadline at completion; 0 when on time */
                            overdueWorkingDays?: number;
                            cancelledAt?: string;
                            cancelledBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description 督查室 directives (督办单) that moved this step’s deadline */
                            directives?: {
                                id: string;
                                issuedAt: string;
                                issuedBy: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                previousDue: string;
                                committedDate: string;
                                instructions: string;
                            }[];
                        }[];
                        closedAt?: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TASK.INVALID_DATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TASK.INVALID_DATE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ESCALATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ESCALATION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.STEP_OUT_OF_TURN, ESCALATION.ALREADY_ACKNOWLEDGED, TASK.OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.STEP_OUT_OF_TURN" | "ESCALATION.ALREADY_ACKNOWLEDGED" | "TASK.OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listBriefs: {
        parameters: {
            query?: {
                period?: string;
                unit?: string;
                planId?: string;
                status?: "assigned" | "in_progress" | "submitted" | "accepted";
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of briefs, nearest deadline first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            taskId: string;
                            planId: string;
                            taskCode: string;
                            unit: string;
                            coUnits: string[];
                            title: string;
                            /** @enum {string} */
                            kind: "task" | "brief";
                            /** @description the deadline date in force */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai (ISO-8601, UTC) */
                            deadline: string;
                            /** @enum {string} */
                            status: "assigned" | "in_progress" | "submitted" | "accepted";
                            overdue: boolean;
                            progressPercent: number;
                            /** @description co-units whose contribution is neither given nor waived */
                            pendingContributions: string[];
                            extensionPending: boolean;
                            /** @description a yellow card is raised and not resolved */
                            yellowCard: boolean;
                            redCard: boolean;
                            leadingGroup: boolean;
                            /** @description escalations raised and not yet resolved (acknowledged ones included) */
                            openEscalations: number;
                            /** @description the time of the last event applied */
                            updatedAt: string;
                            /** @description the sequence of the last event applied */
                            lastEventSequence: number;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listEnterprises: {
        parameters: {
            query?: {
                district?: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                track?: "A" | "B" | "C" | "D";
                /** @description an open step */
                step?: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                overdue?: "true" | "false";
                /** @description the destination park id */
                park?: string;
                status?: "awaiting-index" | "active" | "closed";
                planId?: string;
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            enterpriseId: string;
                            planId: string;
                            name: string;
                            district: string;
                            industry: string;
                            /** @enum {string} */
                            status: "awaiting-index" | "active" | "closed";
                            track?: string;
                            score?: number;
                            /** @enum {string} */
                            intention?: "exit" | "transfer" | "upgrade";
                            park?: {
                                parkId: string;
                                parkName: string;
                                region: string;
                            };
                            currentSteps: {
                                step: string;
                                /** @description `{enterpriseId}/{step}` */
                                stepId: string;
                                unit: string;
                                /** @description the deadline date in force, YYYY-MM-DD */
                                due: string;
                                /** @description the end of `due`, Asia/Shanghai (ISO-8601, UTC) */
                                deadline: string;
                                overdue: boolean;
                            }[];
                            completedSteps: string[];
                            /** @description some open step's deadline has passed */
                            overdue: boolean;
                            /** @description an escalation of this level is raised on an open step and not resolved */
                            yellowCard: boolean;
                            redCard: boolean;
                            leadingGroup: boolean;
                            openEscalations: number;
                            outcome?: string;
                            registeredAt: string;
                            classifiedAt?: string;
                            closedAt?: string;
                            /** @description the time of the last event applied */
                            updatedAt: string;
                            /** @description the sequence of the last event applied */
                            lastEventSequence: number;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    registerEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    enterprise: {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                        /** @enum {string} */
                        industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                        indicators: {
                            technology: number;
                            valueAddedRate: number;
                            taxContribution: number;
                            energyPerOutput: number;
                            labourIntensity: number;
                            scale: number;
                            growth: number;
                        };
                        flags: {
                            highTechCertified: boolean;
                            headquartersInShenzhen: boolean;
                            productionInShenzhen: boolean;
                            productionMovingOut?: boolean;
                            leadingFirm?: boolean;
                        };
                        /** @enum {string} */
                        productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                        /** @default [] */
                        redLines?: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                    };
                };
            };
        };
        responses: {
            /** @description the enterprise is registered and its workflow started */
            201: {
                headers: {
                    /** @description /enterprises/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enterpriseId: string;
                        planId: string;
                        workflowId: string;
                        /** @description whether it waits for the plan's evaluation index (T1) before it is classified */
                        awaitingIndex: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.ALREADY_REGISTERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.ALREADY_REGISTERED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    importEnterprises: {
        parameters: {
            query?: {
                /** @description required with a CSV body */
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    enterprises: {
                        [key: string]: unknown;
                    }[];
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description the rows registered and the rows rejected, with every problem */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        registered: string[];
                        rejected: {
                            /** @description 1-based: the first data row (the line after the CSV header, or the first JSON item) is row 1 */
                            row: number;
                            id?: string;
                            problems: {
                                field: string;
                                rule: string;
                                code?: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listEnterpriseRollups: {
        parameters: {
            query: {
                by: "district" | "park" | "track";
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "district" | "park" | "track";
                        rows: {
                            /** @description a district, a park id or a track; `none` for enterprises without one */
                            key: string;
                            total: number;
                            byStatus: {
                                [key: string]: number;
                            };
                            byTrack: {
                                [key: string]: number;
                            };
                            overdue: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewEnterprise: {
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
            /** @description the enterprise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        district: string;
                        industry: string;
                        planId: string;
                        registeredAt: string;
                        /** @enum {string} */
                        status: "awaiting-index" | "active" | "closed";
                        registration: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                            /** @enum {string} */
                            industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                            indicators: {
                                technology: number;
                                valueAddedRate: number;
                                taxContribution: number;
                                energyPerOutput: number;
                                labourIntensity: number;
                                scale: number;
                                growth: number;
                            };
                            flags: {
                                highTechCertified: boolean;
                                headquartersInShenzhen: boolean;
                                productionInShenzhen: boolean;
                                productionMovingOut?: boolean;
                                leadingFirm?: boolean;
                            };
                            /** @enum {string} */
                            productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                            redLines: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                        };
                        /** @enum {string} */
                        track?: "A" | "B" | "C" | "D";
                        classification?: {
                            /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                            indexVersion: string;
                            /** @enum {string} */
                            track: "A" | "B" | "C" | "D";
                            /** @description 0–100, 2 decimals; computed even on track D, for the record */
                            score: number;
                            contributions: {
                                /** @enum {string} */
                                indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                /** @description the enterprise's value, in `unit` */
                                raw: number;
                                unit: string;
                                /** @description 0–100 after normalisation and any bonus, 2 decimals */
                                normalised: number;
                                weight: number;
                                /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                                points: number;
                                /** @description why the normalised value is not the plain min-max one (a bonus) */
                                adjustment?: string;
                            }[];
                            /** @description the rule that decided the track, in words */
                            thresholdCrossed: string;
                            /** @description every red line found; empty unless the track is D */
                            redLines: {
                                /** @enum {string} */
                                code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                                name: string;
                            }[];
                            /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                            explanation: string[];
                            /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                            rule?: {
                                /** @enum {string} */
                                id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                                /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                                clause: string;
                                /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                                ours: string[];
                            };
                        };
                        /**
                         * @description `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)
                         * @enum {string}
                         */
                        intention?: "exit" | "transfer" | "upgrade";
                        /** @description the destination chosen at the destination step */
                        park?: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            reasons: string[];
                            rank?: number;
                            fit?: number;
                            matchReasons?: string[];
                        };
                        /** @description how many re-evaluations were recorded; absent before the first */
                        revision?: number;
                        steps: {
                            /** @enum {string} */
                            step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                            name: string;
                            /** @description the unit that owns the step */
                            unit: string;
                            /**
                             * @description `cancelled`: closed undone by a re-classification to a track whose steps differ
                             * @enum {string}
                             */
                            status: "open" | "done" | "cancelled";
                            openedAt: string;
                            /** @description the deadline date in force, YYYY-MM-DD */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai */
                            deadline: string;
                            ladder: {
                                /** @enum {string} */
                                kind: "reminder" | "yellow" | "red" | "leading-group";
                                at: string;
                                fired: boolean;
                                epoch: number;
                                daysBefore?: number;
                                repeat?: number;
                                /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                                provisionalYears?: number[];
                            }[];
                            escalations: {
                                /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                                id: string;
                                /** @enum {string} */
                                level: "yellow" | "red" | "leading-group";
                                raisedAt: string;
                                due: string;
                                repeats: number;
                                nextRepeatAt?: string;
                                /** @description the instant the next repeat is counted from (working days after it) */
                                repeatFrom?: string;
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                resolvedAt?: string;
                                /** @enum {string} */
                                resolution?: "completed" | "deadline-moved" | "cancelled";
                            }[];
                            /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                            calendar?: {
                                /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                                version: number;
                                /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                                provisionalYears: number[];
                            };
                            completedAt?: string;
                            completedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description what completing the step recorded */
                            payload?: {
                                [key: string]: unknown;
                            };
                            /** @description working days past the deadline at completion; 0 when on time */
                            overdueWorkingDays?: number;
                            cancelledAt?: string;
                            cancelledBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description 督查室 directives (督办单) that moved this step’s deadline */
                            directives?: {
                                id: string;
                                issuedAt: string;
                                issuedBy: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                previousDue: string;
                                committedDate: string;
                                instructions: string;
                            }[];
                        }[];
                        closedAt?: string;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewEnterpriseClassification: {
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
            /** @description the classification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                        indexVersion: string;
                        /** @enum {string} */
                        track: "A" | "B" | "C" | "D";
                        /** @description 0–100, 2 decimals; computed even on track D, for the record */
                        score: number;
                        contributions: {
                            /** @enum {string} */
                            indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                            name: string;
                            /** @description the enterprise's value, in `unit` */
                            raw: number;
                            unit: string;
                            /** @description 0–100 after normalisation and any bonus, 2 decimals */
                            normalised: number;
                            weight: number;
                            /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                            points: number;
                            /** @description why the normalised value is not the plain min-max one (a bonus) */
                            adjustment?: string;
                        }[];
                        /** @description the rule that decided the track, in words */
                        thresholdCrossed: string;
                        /** @description every red line found; empty unless the track is D */
                        redLines: {
                            /** @enum {string} */
                            code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                            name: string;
                        }[];
                        /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                        explanation: string[];
                        /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                        rule?: {
                            /** @enum {string} */
                            id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                            /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                            clause: string;
                            /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                            ours: string[];
                        };
                        enterpriseId: string;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.AWAITING_INDEX */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.AWAITING_INDEX";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewEnterpriseDestinations: {
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
            /** @description the candidate parks, best first, and the excluded ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        track: "A" | "B" | "C" | "D";
                        /** @description eligible parks, best first; empty for track D, or when nothing fits */
                        candidates: {
                            parkId: string;
                            name: string;
                            /** @enum {string} */
                            region: "north-mountain" | "east-wing" | "west-wing";
                            /** @description 1 = best */
                            rank: number;
                            /** @description 0–100, 2 decimals */
                            fit: number;
                            /** @description why the park is a candidate and how the fit adds up */
                            reasons: string[];
                            /** @description an illustrative park, not a real one */
                            fictional: boolean;
                        }[];
                        /** @description parks that cannot take the enterprise, by park id */
                        excluded: {
                            parkId: string;
                            name: string;
                            /** @enum {string} */
                            region: "north-mountain" | "east-wing" | "west-wing";
                            /** @description every reason that applies */
                            blockedBy: string[];
                        }[];
                        enterpriseId: string;
                        score: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.AWAITING_INDEX */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.AWAITING_INDEX";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    reevaluateEnterprise: {
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
                "application/json": {
                    indicators: {
                        technology: number;
                        valueAddedRate: number;
                        taxContribution: number;
                        energyPerOutput: number;
                        labourIntensity: number;
                        scale: number;
                        growth: number;
                    };
                    flags: {
                        highTechCertified: boolean;
                        headquartersInShenzhen: boolean;
                        productionInShenzhen: boolean;
                        productionMovingOut?: boolean;
                        leadingFirm?: boolean;
                    };
                    /** @default [] */
                    redLines?: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                    /** @enum {string} */
                    productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                };
            };
        };
        responses: {
            /** @description the enterprise after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        district: string;
                        industry: string;
                        planId: string;
                        registeredAt: string;
                        /** @enum {string} */
                        status: "awaiting-index" | "active" | "closed";
                        registration: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                            /** @enum {string} */
                            industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                            indicators: {
                                technology: number;
                                valueAddedRate: number;
                                taxContribution: number;
                                energyPerOutput: number;
                                labourIntensity: number;
                                scale: number;
                                growth: number;
                            };
                            flags: {
                                highTechCertified: boolean;
                                headquartersInShenzhen: boolean;
                                productionInShenzhen: boolean;
                                productionMovingOut?: boolean;
                                leadingFirm?: boolean;
                            };
                            /** @enum {string} */
                            productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                            redLines: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                        };
                        /** @enum {string} */
                        track?: "A" | "B" | "C" | "D";
                        classification?: {
                            /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                            indexVersion: string;
                            /** @enum {string} */
                            track: "A" | "B" | "C" | "D";
                            /** @description 0–100, 2 decimals; computed even on track D, for the record */
                            score: number;
                            contributions: {
                                /** @enum {string} */
                                indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                /** @description the enterprise's value, in `unit` */
                                raw: number;
                                unit: string;
                                /** @description 0–100 after normalisation and any bonus, 2 decimals */
                                normalised: number;
                                weight: number;
                                /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                                points: number;
                                /** @description why the normalised value is not the plain min-max one (a bonus) */
                                adjustment?: string;
                            }[];
                            /** @description the rule that decided the track, in words */
                            thresholdCrossed: string;
                            /** @description every red line found; empty unless the track is D */
                            redLines: {
                                /** @enum {string} */
                                code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                                name: string;
                            }[];
                            /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                            explanation: string[];
                            /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                            rule?: {
                                /** @enum {string} */
                                id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                                /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                                clause: string;
                                /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                                ours: string[];
                            };
                        };
                        /**
                         * @description `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)
                         * @enum {string}
                         */
                        intention?: "exit" | "transfer" | "upgrade";
                        /** @description the destination chosen at the destination step */
                        park?: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            reasons: string[];
                            rank?: number;
                            fit?: number;
                            matchReasons?: string[];
                        };
                        /** @description how many re-evaluations were recorded; absent before the first */
                        revision?: number;
                        steps: {
                            /** @enum {string} */
                            step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                            name: string;
                            /** @description the unit that owns the step */
                            unit: string;
                            /**
                             * @description `cancelled`: closed undone by a re-classification to a track whose steps differ
                             * @enum {string}
                             */
                            status: "open" | "done" | "cancelled";
                            openedAt: string;
                            /** @description the deadline date in force, YYYY-MM-DD */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai */
                            deadline: string;
                            ladder: {
                                /** @enum {string} */
                                kind: "reminder" | "yellow" | "red" | "leading-group";
                                at: string;
                                fired: boolean;
                                epoch: number;
                                daysBefore?: number;
                                repeat?: number;
                                /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                                provisionalYears?: number[];
                            }[];
                            escalations: {
                                /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                                id: string;
                                /** @enum {string} */
                                level: "yellow" | "red" | "leading-group";
                                raisedAt: string;
                                due: string;
                                repeats: number;
                                nextRepeatAt?: string;
                                /** @description the instant the next repeat is counted from (working days after it) */
                                repeatFrom?: string;
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                resolvedAt?: string;
                                /** @enum {string} */
                                resolution?: "completed" | "deadline-moved" | "cancelled";
                            }[];
                            /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                            calendar?: {
                                /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                                version: number;
                                /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                                provisionalYears: number[];
                            };
                            completedAt?: string;
                            completedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description what completing the step recorded */
                            payload?: {
                                [key: string]: unknown;
                            };
                            /** @description working days past the deadline at completion; 0 when on time */
                            overdueWorkingDays?: number;
                            cancelledAt?: string;
                            cancelledBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description 督查室 directives (督办单) that moved this step’s deadline */
                            directives?: {
                                id: string;
                                issuedAt: string;
                                issuedBy: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                previousDue: string;
                                committedDate: string;
                                instructions: string;
                            }[];
                        }[];
                        closedAt?: string;
                    };
                };
            };
            /** @description ENTERPRISE.STEP_PAYLOAD_INVALID, REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.STEP_PAYLOAD_INVALID" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.EVALUATION_OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.EVALUATION_OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    completeEnterpriseStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payload: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description the enterprise after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        district: string;
                        industry: string;
                        planId: string;
                        registeredAt: string;
                        /** @enum {string} */
                        status: "awaiting-index" | "active" | "closed";
                        registration: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            district: "FUTIAN" | "LUOHU" | "NANSHAN" | "YANTIAN" | "BAOAN" | "LONGGANG" | "GUANGMING" | "PINGSHAN";
                            /** @enum {string} */
                            industry: "forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine";
                            indicators: {
                                technology: number;
                                valueAddedRate: number;
                                taxContribution: number;
                                energyPerOutput: number;
                                labourIntensity: number;
                                scale: number;
                                growth: number;
                            };
                            flags: {
                                highTechCertified: boolean;
                                headquartersInShenzhen: boolean;
                                productionInShenzhen: boolean;
                                productionMovingOut?: boolean;
                                leadingFirm?: boolean;
                            };
                            /** @enum {string} */
                            productionCategory?: "high-tech-supporting" | "capital-intensive-processing" | "labour-intensive" | "resource-based" | "other";
                            redLines: ("majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity")[];
                        };
                        /** @enum {string} */
                        track?: "A" | "B" | "C" | "D";
                        classification?: {
                            /** @description the evaluation index version used, e.g. `sz-2009-v1` */
                            indexVersion: string;
                            /** @enum {string} */
                            track: "A" | "B" | "C" | "D";
                            /** @description 0–100, 2 decimals; computed even on track D, for the record */
                            score: number;
                            contributions: {
                                /** @enum {string} */
                                indicator: "technology" | "valueAddedRate" | "taxContribution" | "energyPerOutput" | "labourIntensity" | "scale" | "growth";
                                name: string;
                                /** @description the enterprise's value, in `unit` */
                                raw: number;
                                unit: string;
                                /** @description 0–100 after normalisation and any bonus, 2 decimals */
                                normalised: number;
                                weight: number;
                                /** @description weight × normalised: this indicator's share of the 0–100 score, 2 decimals */
                                points: number;
                                /** @description why the normalised value is not the plain min-max one (a bonus) */
                                adjustment?: string;
                            }[];
                            /** @description the rule that decided the track, in words */
                            thresholdCrossed: string;
                            /** @description every red line found; empty unless the track is D */
                            redLines: {
                                /** @enum {string} */
                                code: "majorSafetyHazard" | "unlicensed" | "maliciousWageArrears" | "bannedOrObsoleteCapacity";
                                name: string;
                            }[];
                            /** @description the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track */
                            explanation: string[];
                            /** @description the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11 */
                            rule?: {
                                /** @enum {string} */
                                id: "d-red-line" | "a-index-high-end" | "a-local-headquarters" | "a-leading-firm" | "b-headquarters-stays" | "c-production-category" | "c-weak-momentum" | "c-none-fits";
                                /** @description the seed's clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭" */
                                clause: string;
                                /** @description each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone */
                                ours: string[];
                            };
                        };
                        /**
                         * @description `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)
                         * @enum {string}
                         */
                        intention?: "exit" | "transfer" | "upgrade";
                        /** @description the destination chosen at the destination step */
                        park?: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            reasons: string[];
                            rank?: number;
                            fit?: number;
                            matchReasons?: string[];
                        };
                        /** @description how many re-evaluations were recorded; absent before the first */
                        revision?: number;
                        steps: {
                            /** @enum {string} */
                            step: "intention" | "destination" | "site-visit" | "negotiation" | "agreement" | "legacy-land" | "labour" | "relocation" | "operating" | "follow-up" | "upgrade" | "notice" | "order" | "closure-verified" | "support-plan" | "periodic-review" | "hq-rooting" | "exit-plan" | "exit-verified" | "closure-decision";
                            name: string;
                            /** @description the unit that owns the step */
                            unit: string;
                            /**
                             * @description `cancelled`: closed undone by a re-classification to a track whose steps differ
                             * @enum {string}
                             */
                            status: "open" | "done" | "cancelled";
                            openedAt: string;
                            /** @description the deadline date in force, YYYY-MM-DD */
                            due: string;
                            /** @description the end of `due`, Asia/Shanghai */
                            deadline: string;
                            ladder: {
                                /** @enum {string} */
                                kind: "reminder" | "yellow" | "red" | "leading-group";
                                at: string;
                                fired: boolean;
                                epoch: number;
                                daysBefore?: number;
                                repeat?: number;
                                /** @description years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them */
                                provisionalYears?: number[];
                            }[];
                            escalations: {
                                /** @description `{taskId}~{epoch}~{level}`: one case per level per deadline */
                                id: string;
                                /** @enum {string} */
                                level: "yellow" | "red" | "leading-group";
                                raisedAt: string;
                                due: string;
                                repeats: number;
                                nextRepeatAt?: string;
                                /** @description the instant the next repeat is counted from (working days after it) */
                                repeatFrom?: string;
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                resolvedAt?: string;
                                /** @enum {string} */
                                resolution?: "completed" | "deadline-moved" | "cancelled";
                            }[];
                            /** @description absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in) */
                            calendar?: {
                                /** @description the calendar version the ladder was planned on (0: the built-in notices) */
                                version: number;
                                /** @description the provisional years the planned ladder depends on; empty when every day is covered by a notice */
                                provisionalYears: number[];
                            };
                            completedAt?: string;
                            completedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description what completing the step recorded */
                            payload?: {
                                [key: string]: unknown;
                            };
                            /** @description working days past the deadline at completion; 0 when on time */
                            overdueWorkingDays?: number;
                            cancelledAt?: string;
                            cancelledBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /** @description 督查室 directives (督办单) that moved this step’s deadline */
                            directives?: {
                                id: string;
                                issuedAt: string;
                                issuedBy: {
                                    sub: string;
                                    unit: string;
                                    roles: string[];
                                };
                                previousDue: string;
                                committedDate: string;
                                instructions: string;
                            }[];
                        }[];
                        closedAt?: string;
                    };
                };
            };
            /** @description ENTERPRISE.STEP_PAYLOAD_INVALID, REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.STEP_PAYLOAD_INVALID" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TASK.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TASK.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.PARK_NOT_ELIGIBLE, ENTERPRISE.STEP_OUT_OF_TURN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.PARK_NOT_ELIGIBLE" | "ENTERPRISE.STEP_OUT_OF_TURN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listParks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every park */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        nameEn: string;
                        city: string;
                        /** @enum {string} */
                        region: "north-mountain" | "east-wing" | "west-wing";
                        paired: boolean;
                        /** @description an illustrative example, not a real park */
                        fictional: boolean;
                        industries: ("forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine")[];
                        capacity: {
                            enterprises: number;
                            occupied: number;
                        };
                        entryStandards: {
                            tracks: ("A" | "B" | "C")[];
                            industriesOnly: boolean;
                            minScore: number;
                            maxEnergyPerOutput?: number;
                            maxLabourIntensity?: number;
                            minScale?: number;
                        };
                        source: string;
                        /**
                         * @description `seed` for a default park, `api` for one loaded through `POST /parks`
                         * @enum {string}
                         */
                        origin: "seed" | "api";
                        createdAt: string;
                        /** @description who loaded it (absent for a default park) */
                        createdBy?: {
                            sub: string;
                            unit: string;
                            roles: string[];
                        };
                    }[];
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    createPark: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    nameEn: string;
                    city: string;
                    /** @enum {string} */
                    region: "north-mountain" | "east-wing" | "west-wing";
                    /** @default false */
                    paired?: boolean;
                    /** @default false */
                    fictional?: boolean;
                    industries: ("forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine")[];
                    capacity: {
                        enterprises: number;
                        occupied: number;
                    };
                    /** @default {} */
                    entryStandards?: {
                        /**
                         * @default [
                         *       "A",
                         *       "B",
                         *       "C"
                         *     ]
                         */
                        tracks?: ("A" | "B" | "C")[];
                        /** @default false */
                        industriesOnly?: boolean;
                        /** @default 0 */
                        minScore?: number;
                        maxEnergyPerOutput?: number;
                        maxLabourIntensity?: number;
                        minScale?: number;
                    };
                    source: string;
                };
            };
        };
        responses: {
            /** @description the park as stored */
            201: {
                headers: {
                    /** @description /parks/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        nameEn: string;
                        city: string;
                        /** @enum {string} */
                        region: "north-mountain" | "east-wing" | "west-wing";
                        paired: boolean;
                        /** @description an illustrative example, not a real park */
                        fictional: boolean;
                        industries: ("forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine")[];
                        capacity: {
                            enterprises: number;
                            occupied: number;
                        };
                        entryStandards: {
                            tracks: ("A" | "B" | "C")[];
                            industriesOnly: boolean;
                            minScore: number;
                            maxEnergyPerOutput?: number;
                            maxLabourIntensity?: number;
                            minScale?: number;
                        };
                        source: string;
                        /**
                         * @description `seed` for a default park, `api` for one loaded through `POST /parks`
                         * @enum {string}
                         */
                        origin: "seed" | "api";
                        createdAt: string;
                        /** @description who loaded it (absent for a default park) */
                        createdBy?: {
                            sub: string;
                            unit: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PARK.ALREADY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PARK.ALREADY_EXISTS";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewPark: {
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
            /** @description the park */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        nameEn: string;
                        city: string;
                        /** @enum {string} */
                        region: "north-mountain" | "east-wing" | "west-wing";
                        paired: boolean;
                        /** @description an illustrative example, not a real park */
                        fictional: boolean;
                        industries: ("forestry" | "modern-agriculture" | "tourism-leisure" | "electronics-it" | "pharmaceuticals" | "food-beverage" | "biotech" | "textiles-garments" | "crafts" | "toys" | "power" | "equipment-manufacturing" | "port-logistics" | "leather" | "hardware-stainless" | "ceramics" | "ports" | "steel-heavy" | "marine")[];
                        capacity: {
                            enterprises: number;
                            occupied: number;
                        };
                        entryStandards: {
                            tracks: ("A" | "B" | "C")[];
                            industriesOnly: boolean;
                            minScore: number;
                            maxEnergyPerOutput?: number;
                            maxLabourIntensity?: number;
                            minScale?: number;
                        };
                        source: string;
                        /**
                         * @description `seed` for a default park, `api` for one loaded through `POST /parks`
                         * @enum {string}
                         */
                        origin: "seed" | "api";
                        createdAt: string;
                        /** @description who loaded it (absent for a default park) */
                        createdBy?: {
                            sub: string;
                            unit: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PARK.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PARK.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listCalendarYears: {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the calendar version and each year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 0 until a notice is loaded at run time; every load that changes a year adds one */
                        version: number;
                        years: {
                            year: number;
                            /**
                             * @description `built-in`: a notice shipped with Duban; `loaded`: a notice loaded at run time; `provisional`: no notice, computed from the statutory holidays (no make-up working days known)
                             * @enum {string}
                             */
                            source: "built-in" | "loaded" | "provisional";
                            /** @description the notice's number (absent for a provisional year) */
                            notice?: string;
                            /** @description for a provisional year: the holiday regulation it was computed from */
                            regulation?: string;
                            /** @description for a loaded notice: the calendar version its load made */
                            version?: number;
                            loadedAt?: string;
                            loadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            periods: {
                                /** @description the festival as printed, e.g. 春节 or 国庆节、中秋节 */
                                name: string;
                                /** @description first day off, inclusive */
                                firstDay: string;
                                /** @description last day off, inclusive */
                                lastDay: string;
                                /** @description the notice's 共N天, checked against the span */
                                days: number;
                                workingWeekendDays: string[];
                            }[];
                            /** @description days off on weekdays (the working days the breaks take) */
                            daysOff: number;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    loadCalendarNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    /** @description the notice's document number, e.g. 国办发明电〔2026〕12号 */
                    notice: string;
                    periods: {
                        /** @description the festival as printed, e.g. 春节 or 国庆节、中秋节 */
                        name: string;
                        /** @description first day off, inclusive */
                        firstDay: string;
                        /** @description last day off, inclusive */
                        lastDay: string;
                        /** @description the notice's 共N天, checked against the span */
                        days: number;
                        /**
                         * @description Saturdays and Sundays worked for this break (调休上班)
                         * @default []
                         */
                        workingWeekendDays?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description the version in force and the year as now arranged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        version: number;
                        /** @description false: the same notice was already in force; nothing was recorded */
                        changed: boolean;
                        calendarYear: {
                            year: number;
                            /**
                             * @description `built-in`: a notice shipped with Duban; `loaded`: a notice loaded at run time; `provisional`: no notice, computed from the statutory holidays (no make-up working days known)
                             * @enum {string}
                             */
                            source: "built-in" | "loaded" | "provisional";
                            /** @description the notice's number (absent for a provisional year) */
                            notice?: string;
                            /** @description for a provisional year: the holiday regulation it was computed from */
                            regulation?: string;
                            /** @description for a loaded notice: the calendar version its load made */
                            version?: number;
                            loadedAt?: string;
                            loadedBy?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            periods: {
                                /** @description the festival as printed, e.g. 春节 or 国庆节、中秋节 */
                                name: string;
                                /** @description first day off, inclusive */
                                firstDay: string;
                                /** @description last day off, inclusive */
                                lastDay: string;
                                /** @description the notice's 共N天, checked against the span */
                                days: number;
                                workingWeekendDays: string[];
                            }[];
                            /** @description days off on weekdays (the working days the breaks take) */
                            daysOff: number;
                        };
                    };
                };
            };
            /** @description CALENDAR.NOTICE_INVALID, REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "CALENDAR.NOTICE_INVALID" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    viewCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description `built-in`: a notice shipped with Duban; `loaded`: a notice loaded at run time; `provisional`: no notice, computed from the statutory holidays (no make-up working days known)
                         * @enum {string}
                         */
                        source: "built-in" | "loaded" | "provisional";
                        /** @description the notice's number (absent for a provisional year) */
                        notice?: string;
                        /** @description for a provisional year: the holiday regulation it was computed from */
                        regulation?: string;
                        /** @description for a loaded notice: the calendar version its load made */
                        version?: number;
                        loadedAt?: string;
                        loadedBy?: {
                            sub: string;
                            unit: string;
                            roles: string[];
                        };
                        periods: {
                            /** @description the festival as printed, e.g. 春节 or 国庆节、中秋节 */
                            name: string;
                            /** @description first day off, inclusive */
                            firstDay: string;
                            /** @description last day off, inclusive */
                            lastDay: string;
                            /** @description the notice's 共N天, checked against the span */
                            days: number;
                            workingWeekendDays: string[];
                        }[];
                        /** @description days off on weekdays (the working days the breaks take) */
                        daysOff: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                type?: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                unit?: string;
                subject?: string;
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the unit's notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            /** @description `{eventId}:{recipient unit}` */
                            id: string;
                            /** @description the unit code it is for */
                            recipient: string;
                            /**
                             * @description why the unit is told
                             * @enum {string}
                             */
                            role: "responsible" | "co-unit" | "supervision" | "leading-group";
                            /** @enum {string} */
                            kind: "reminder" | "escalation" | "acknowledged" | "directive" | "reviewed" | "extension-decided" | "step-opened";
                            eventId: string;
                            /** @enum {string} */
                            eventType: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                            subject: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            body: {
                                zh: string;
                                en: string;
                            };
                            link: {
                                /** @enum {string} */
                                kind: "task" | "enterprise";
                                /** @description the task id or the enterprise id */
                                id: string;
                                /** @description the step id (`{enterpriseId}/{step}`) of an enterprise step's deadline */
                                stepId?: string;
                                escalationId?: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time of the event (ISO-8601, UTC)
                             */
                            createdAt: string;
                            read: boolean;
                            /** Format: date-time */
                            readAt?: string;
                            /** @description who marked it read (JWT subject) */
                            readBy?: string;
                        }[];
                        /** @description the unit's unread notifications, whatever the filters */
                        unread: number;
                        unit: string;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description how many were marked, and the unread left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: string;
                        /** @description how many were unread and are now read */
                        marked: number;
                        unread: number;
                    };
                };
            };
            /** @description REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `{eventId}:{recipient unit}` */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the notification, read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `{eventId}:{recipient unit}` */
                        id: string;
                        /** @description the unit code it is for */
                        recipient: string;
                        /**
                         * @description why the unit is told
                         * @enum {string}
                         */
                        role: "responsible" | "co-unit" | "supervision" | "leading-group";
                        /** @enum {string} */
                        kind: "reminder" | "escalation" | "acknowledged" | "directive" | "reviewed" | "extension-decided" | "step-opened";
                        eventId: string;
                        /** @enum {string} */
                        eventType: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                        subject: string;
                        title: {
                            zh: string;
                            en: string;
                        };
                        body: {
                            zh: string;
                            en: string;
                        };
                        link: {
                            /** @enum {string} */
                            kind: "task" | "enterprise";
                            /** @description the task id or the enterprise id */
                            id: string;
                            /** @description the step id (`{enterpriseId}/{step}`) of an enterprise step's deadline */
                            stepId?: string;
                            escalationId?: string;
                        };
                        /**
                         * Format: date-time
                         * @description the time of the event (ISO-8601, UTC)
                         */
                        createdAt: string;
                        read: boolean;
                        /** Format: date-time */
                        readAt?: string;
                        /** @description who marked it read (JWT subject) */
                        readBy?: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description NOTIFICATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "NOTIFICATION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listScores: {
        parameters: {
            query?: {
                year?: number;
                unit?: string;
                planId?: string;
                limit?: number;
                offset?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of unit-year scores, by plan, year and unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            planId: string;
                            unit: string;
                            /** @description the Asia/Shanghai year */
                            year: number;
                            /** @description base plus every item's points, rounded to two decimals */
                            score: number;
                            /** @description score at or above the plan's target (优秀) */
                            excellent: boolean;
                            /** @description score under the plan's target */
                            belowTarget: boolean;
                            /** @description ordered by time, then event id, then rule */
                            items: {
                                eventId: string;
                                /** @description the event type */
                                type: string;
                                subject: string;
                                /**
                                 * Format: date-time
                                 * @description the event's instant, normalised to UTC
                                 */
                                time: string;
                                /** @enum {string} */
                                rule: "overdue" | "yellow-card" | "red-card" | "missed-brief" | "early-completion";
                                /** @description negative for a deduction, positive for a bonus (two decimals at most) */
                                points: number;
                                reason: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description every match */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    scoreDrillDown: {
        parameters: {
            query?: {
                planId?: string;
            };
            header?: never;
            path: {
                unit: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the drill-down */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: string;
                        year: number;
                        /** @description one entry per plan the unit is assessed in that year (none: not assessed), by plan id */
                        plans: {
                            planId: string;
                            unit: string;
                            /** @description the Asia/Shanghai year */
                            year: number;
                            /** @description base plus every item's points, rounded to two decimals */
                            score: number;
                            /** @description score at or above the plan's target (优秀) */
                            excellent: boolean;
                            /** @description score under the plan's target */
                            belowTarget: boolean;
                            /** @description ordered by time, then event id, then rule */
                            items: {
                                eventId: string;
                                /** @description the event type */
                                type: string;
                                subject: string;
                                /**
                                 * Format: date-time
                                 * @description the event's instant, normalised to UTC
                                 */
                                time: string;
                                /** @enum {string} */
                                rule: "overdue" | "yellow-card" | "red-card" | "missed-brief" | "early-completion";
                                /** @description negative for a deduction, positive for a bonus (two decimals at most) */
                                points: number;
                                reason: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description the plan's starting score (100 by default; ours) */
                            base: number;
                            /** @description the plan's excellent mark (excellentAtLeast, 90 by default; ours: the seed's ≥ 90 is the city's score) */
                            target: number;
                            /** @description target minus score when below it (points still to make up), else 0 */
                            pointsToTarget: number;
                            /** @description each rule with a non-zero effect, largest deduction first */
                            byRule: {
                                /** @enum {string} */
                                rule: "overdue" | "yellow-card" | "red-card" | "missed-brief" | "early-completion";
                                count: number;
                                points: number;
                            }[];
                            /** @description each subject with a non-zero effect, largest deduction first */
                            bySubject: {
                                /** @description the task id, brief id or enterprise step id */
                                subject: string;
                                points: number;
                                items: {
                                    eventId: string;
                                    /** @description the event type */
                                    type: string;
                                    subject: string;
                                    /**
                                     * Format: date-time
                                     * @description the event's instant, normalised to UTC
                                     */
                                    time: string;
                                    /** @enum {string} */
                                    rule: "overdue" | "yellow-card" | "red-card" | "missed-brief" | "early-completion";
                                    /** @description negative for a deduction, positive for a bonus (two decimals at most) */
                                    points: number;
                                    reason: string;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    reportTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                targetCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    /** @description the indicator's value, for a target without a ratio */
                    value?: number;
                    /** @description a ratio's two figures by key (the target's numerator and denominator) */
                    values?: {
                        [key: string]: number;
                    };
                    note?: string;
                    /** @default [] */
                    evidence?: {
                        title: string;
                        uri: string;
                    }[];
                    /** @description replaces the period’s earlier report, for this reason */
                    correction?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description the report as the plan recorded it (its duban.target.reported.v1 follows) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        targetCode: string;
                        period: string;
                        value: number;
                        values?: {
                            [key: string]: number;
                        };
                        met: boolean;
                        correction?: {
                            reason: string;
                        };
                        /** @description the id of its duban.target.reported.v1 */
                        eventId: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON, TARGET.REPORT_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "TARGET.REPORT_INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN, TARGET.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "TARGET.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND, TARGET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND" | "TARGET.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.CLOSED, TARGET.NOTHING_TO_CORRECT, TARGET.PERIOD_REPORTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.CLOSED" | "TARGET.NOTHING_TO_CORRECT" | "TARGET.PERIOD_REPORTED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the targets, in the plan’s order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        targets: {
                            code: string;
                            title: string;
                            titleEn: string;
                            /** @description the seed clause it comes from, or `ours` */
                            clause: string;
                            /** @description the unit whose officials report it */
                            owner: string;
                            indicator: {
                                measure: string;
                                /** @enum {string} */
                                kind: "cumulative" | "level";
                                /** @enum {string} */
                                comparator: "atLeast" | "atMost";
                                value: number;
                                ratio?: {
                                    numerator: string;
                                    denominator: string;
                                    measure: string;
                                };
                            };
                            by: string;
                            /** @enum {string} */
                            period: "annual" | "quarterly";
                            /** @description its weight in the city assessment (ours) */
                            weight: number;
                            /** @description the parts that are the project’s reading, not the seed’s (the weight always is) */
                            ours: ("clause" | "owner" | "indicator" | "value" | "by" | "period")[];
                            note?: string;
                            /** @description one per period, the latest correction of each */
                            reports: {
                                eventId: string;
                                period: string;
                                value: number;
                                values?: {
                                    [key: string]: number;
                                };
                                met: boolean;
                                note?: string;
                                evidence: {
                                    title: string;
                                    uri: string;
                                }[];
                                correction?: {
                                    reason: string;
                                };
                                reportedAt: string;
                                reportedBy: {
                                    sub: string;
                                    unit: string;
                                };
                            }[];
                            latest?: {
                                eventId: string;
                                period: string;
                                value: number;
                                values?: {
                                    [key: string]: number;
                                };
                                met: boolean;
                                note?: string;
                                evidence: {
                                    title: string;
                                    uri: string;
                                }[];
                                correction?: {
                                    reason: string;
                                };
                                reportedAt: string;
                                reportedBy: {
                                    sub: string;
                                    unit: string;
                                };
                            };
                            /** @description the latest value against the target's figure; null before the first report */
                            met: boolean | null;
                        }[];
                        /** @description the plan's events in the audit log this answer was computed from */
                        eventsRead: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    cityAssessment: {
        parameters: {
            query: {
                planId: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the city assessment, recomputed from the audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        year: number;
                        assessed: boolean;
                        /** @description 0–100; null when no target is assessed that year */
                        score: number | null;
                        /** @enum {number} */
                        goal: 90;
                        /** @enum {string} */
                        goalClause: "三";
                        meetsGoal: boolean;
                        indicators: {
                            code: string;
                            title: string;
                            titleEn: string;
                            clause: string;
                            owner: string;
                            weight: number;
                            ours: string[];
                            /** @enum {string} */
                            comparator: "atLeast" | "atMost";
                            /** @enum {string} */
                            kind: "cumulative" | "level";
                            measure: string;
                            target: number;
                            /** @description the year's expected figure: a cumulative target's straight-line milestone */
                            expected: number;
                            value: number | null;
                            period: string | null;
                            /** @description 0–1, capped at 100 % */
                            attainment: number;
                            points: number;
                            reason: string;
                        }[];
                        formula: string;
                        ledBy: {
                            /** @enum {string} */
                            lead: "DUCHA";
                            with: [
                                "LGO",
                                "PERF"
                            ];
                            /** @enum {string} */
                            clause: "六(三)";
                        };
                        /** @description the units' scores of the same plan and year (GET /scores); their excellent mark (≥ the plan's excellentAtLeast) is ours, not the seed's */
                        units: {
                            unit: string;
                            score: number;
                            excellent: boolean;
                        }[];
                        eventsRead: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    benefitLedger: {
        parameters: {
            query?: {
                groupBy?: "district" | "park";
                year?: number;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sums and the entries in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        /** @enum {string} */
                        groupBy: "district" | "park";
                        year?: number;
                        groups: {
                            key: string;
                            parkName?: string;
                            city?: string;
                            entries: number;
                            enterprises: number;
                            outputValue: number;
                            /** @description output value counted in 转出地's statistics */
                            outputOutbound: number;
                            /** @description output value counted in 转入地's statistics */
                            outputInbound: number;
                            tax: number;
                            taxOutbound: number;
                            taxInbound: number;
                        }[];
                        totals: {
                            entries: number;
                            enterprises: number;
                            outputValue: number;
                            /** @description output value counted in 转出地's statistics */
                            outputOutbound: number;
                            /** @description output value counted in 转入地's statistics */
                            outputInbound: number;
                            tax: number;
                            taxOutbound: number;
                            taxInbound: number;
                        };
                        entries: {
                            planId: string;
                            enterpriseId: string;
                            enterpriseName: string;
                            period: string;
                            district: string;
                            park: {
                                parkId: string;
                                parkName: string;
                                city: string;
                            };
                            outputValue: number;
                            tax: number;
                            statistics: {
                                outbound: number;
                                inbound: number;
                            };
                            taxSplit: {
                                outbound: number;
                                inbound: number;
                            };
                            agreementRef?: string;
                            note?: string;
                            correction?: {
                                reason: string;
                            };
                            eventId: string;
                            recordedAt: string;
                            recordedBy: {
                                sub: string;
                                unit: string;
                            };
                        }[];
                        eventsRead: number;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    recordBenefit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterpriseId: string;
                    period: string;
                    /** @description output value in the period, 万元 */
                    outputValue: number;
                    /** @description tax paid in the period, 万元 */
                    tax: number;
                    /** @description shares of the output value counted in the statistics of 转出地 (the district) and 转入地 (the park’s city), as agreed; sum 1 */
                    statistics: {
                        outbound: number;
                        inbound: number;
                    };
                    /** @description shares of the tax each side receives, as agreed; sum 1 */
                    taxSplit: {
                        outbound: number;
                        inbound: number;
                    };
                    /** @description the benefit-sharing agreement it follows */
                    agreementRef?: string;
                    note?: string;
                    /** @description replaces the period’s earlier report, for this reason */
                    correction?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description the entry as the plan recorded it (its duban.benefit.recorded.v1 follows) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        enterpriseId: string;
                        enterpriseName: string;
                        period: string;
                        district: string;
                        park: {
                            parkId: string;
                            parkName: string;
                            city: string;
                        };
                        outputValue: number;
                        tax: number;
                        statistics: {
                            outbound: number;
                            inbound: number;
                        };
                        taxSplit: {
                            outbound: number;
                            inbound: number;
                        };
                        agreementRef?: string;
                        note?: string;
                        correction?: {
                            reason: string;
                        };
                        eventId: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description ENTERPRISE.NOT_FOUND, PLAN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "ENTERPRISE.NOT_FOUND" | "PLAN.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description BENEFIT.NOTHING_TO_CORRECT, BENEFIT.NOT_TRANSFERRING, BENEFIT.PERIOD_RECORDED, PLAN.CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "BENEFIT.NOTHING_TO_CORRECT" | "BENEFIT.NOT_TRANSFERRING" | "BENEFIT.PERIOD_RECORDED" | "PLAN.CLOSED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                subject?: string;
                type?: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                from?: string;
                to?: string;
                limit?: number;
                cursor?: string;
                offset?: number | null;
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pass as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                        /** @description every match, with `count=true` only */
                        total?: number;
                        items: {
                            /** @enum {string} */
                            specversion: "1.0";
                            id: string;
                            source: string;
                            /** @enum {string} */
                            type: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                            subject: string;
                            /**
                             * Format: date-time
                             * @description the event time, normalised to UTC
                             */
                            time: string;
                            /** @enum {string} */
                            datacontenttype: "application/json";
                            /** @description the CloudEvents sequence: the per-subject counter, as the audit record stores and hashes it */
                            sequence: number;
                            /** @description the event's data: the schema of its type in the event catalogue (docs/asyncapi.yaml) */
                            data: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description when the audit log recorded it
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                subject?: string;
                type?: "duban.plan.started.v1" | "duban.plan.completed.v1" | "duban.task.assigned.v1" | "duban.task.progress-reported.v1" | "duban.task.submitted.v1" | "duban.task.accepted.v1" | "duban.task.rejected.v1" | "duban.task.contribution-submitted.v1" | "duban.task.contribution-waived.v1" | "duban.task.extension-requested.v1" | "duban.task.extension-decided.v1" | "duban.task.cascaded.v1" | "duban.deadline.reminder.v1" | "duban.escalation.raised.v1" | "duban.escalation.acknowledged.v1" | "duban.escalation.resolved.v1" | "duban.directive.issued.v1" | "duban.plan.deliverable-available.v1" | "duban.plan.evaluation-index-set.v1" | "duban.target.reported.v1" | "duban.benefit.recorded.v1" | "duban.brief.round-opened.v1" | "duban.enterprise.registered.v1" | "duban.enterprise.awaiting-index.v1" | "duban.enterprise.classified.v1" | "duban.enterprise.step-opened.v1" | "duban.enterprise.step-completed.v1" | "duban.enterprise.step-cancelled.v1" | "duban.enterprise.closed.v1" | "duban.score.updated.v1" | "duban.calendar.notice-loaded.v1" | "duban.deadline.ladder-replanned.v1";
                from?: string;
                to?: string;
                format?: "jsonl" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the matching events, JSON Lines (or CSV with format=csv) */
            200: {
                headers: {
                    /** @description attachment; filename="duban-audit-<time>.jsonl" (or .csv) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/jsonl": string;
                    "text/csv": string;
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: {
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every chain walked, and every problem found (ok when none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description true when no chain has a problem */
                        ok: boolean;
                        chains: {
                            /** @description `topic/partition` */
                            chain: string;
                            /** @description records of this chain in the store */
                            records: number;
                            /** @description the chain head: the last record it confirms (seq 0 and eventId null at genesis); null when there is none */
                            head: {
                                seq: number;
                                hash: string;
                                eventId: string | null;
                            } | null;
                            /** @description records beyond the head that link correctly to it (appended by a consumer that stopped before it moved the head): not a problem */
                            unconfirmed: number;
                            /** @description intact records whose hash is an HMAC under a configured audit chain key */
                            keyed: number;
                            /** @description intact records with the plain SHA-256 of before the key, accepted (AUDIT_CHAIN_ACCEPT_UNKEYED=true) because they precede the chain's first keyed record; 0 unless accepted (refused ones are problems) */
                            unkeyed: number;
                            /** @description the latest signed checkpoint of this chain kept outside the store, which the chain must still reach with the same hash; null when there is none */
                            checkpoint: {
                                seq: number;
                                hash: string;
                                time: string;
                            } | null;
                        }[];
                        problems: {
                            chain: string;
                            seq: number | null;
                            eventId: string | null;
                            /** @enum {string} */
                            problem: "edited" | "deleted" | "inserted" | "reordered" | "broken-link" | "head-missing" | "unkeyed" | "unknown-key" | "head-forged" | "truncated" | "checkpoint-mismatch" | "checkpoint-forged";
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorkflowHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. task/shenzhen-2009-98.T1.STIIC (URL-encode the slash) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the history, oldest run first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workflowId: string;
                        /** @description the runs, oldest first (a continued-as-new workflow has several) */
                        runs: string[];
                        /** @description true when older runs than the first listed were left out */
                        truncated: boolean;
                        events: {
                            runId: string;
                            eventId: number;
                            /** Format: date-time */
                            time: string;
                            /** @description Temporal's event type without the prefix, e.g. `WorkflowExecutionUpdateAccepted` */
                            type: string;
                            /** @description the signal, update, workflow type, activity type or timer this event is about */
                            name?: string;
                            /** @description the Temporal client identity that started, signalled, updated, cancelled or terminated it */
                            identity?: string;
                            updateId?: string;
                            /** @description the decoded arguments of a start, a signal or an update */
                            input?: unknown[];
                            /** @description the person who acted: Duban's signal and update payloads carry `actor` */
                            actor?: {
                                sub: string;
                                unit: string;
                                roles: string[];
                            };
                            /**
                             * @description for a completed update: whether it succeeded
                             * @enum {string}
                             */
                            outcome?: "success" | "failure";
                            /** @description anything else worth reading: a failure message, a termination reason, the next run's id */
                            detail?: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUDIT.WORKFLOW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUDIT.WORKFLOW_NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description `whs_` and 24 hex digits */
                            id: string;
                            url: string;
                            /** @description event types, wildcards such as duban.task.*, or * */
                            eventTypes: string[];
                            description?: string;
                            /** @enum {string} */
                            state: "active" | "disabled";
                            /** @description why it was disabled: the receiver answered 410 Gone */
                            disabledReason?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the JWT subject of the admin who created it */
                            createdBy: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    eventTypes: string[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description the subscription, with its signing secret (never shown again) */
            201: {
                headers: {
                    /** @description the new subscription, `/subscriptions/{id}` */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `whs_` and 24 hex digits */
                        id: string;
                        url: string;
                        /** @description event types, wildcards such as duban.task.*, or * */
                        eventTypes: string[];
                        description?: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** @description why it was disabled: the receiver answered 410 Gone */
                        disabledReason?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the JWT subject of the admin who created it */
                        createdBy: string;
                        /** @description the HMAC-SHA256 signing secret, `whsec_` and the base64 of 32 random bytes (the Standard Webhooks form); shown this once only */
                        secret: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                subscriptionId?: string;
                limit?: number;
                offset?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of dead letters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description `${subscriptionId}:${eventId}`: one delivery per subscription and event, ever */
                            id: string;
                            subscriptionId: string;
                            eventId: string;
                            eventType: string;
                            subject: string;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "dead" | "cancelled";
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description pending deliveries only
                             */
                            nextAttemptAt?: string;
                            /** @description the receiver's last HTTP status, if it answered */
                            lastStatus?: number;
                            /** @description why the last attempt failed, a classification only, never the receiver's answer: http-4xx, http-5xx, http-other, redirect, gone, timeout, connection-refused, connection-reset, unreachable, network-error, protocol-error, tls-error, dns-failure, egress-refused, subscription-deleted, subscription-disabled, unclassified */
                            lastError?: string;
                            /** Format: date-time */
                            deliveredAt?: string;
                            /** Format: date-time */
                            deadAt?: string;
                            /** @description how many times an admin re-queued it from the dead-letter list */
                            manualRetries: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    retryDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a delivery id, `{subscriptionId}:{eventId}` */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery, pending again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `${subscriptionId}:${eventId}`: one delivery per subscription and event, ever */
                        id: string;
                        subscriptionId: string;
                        eventId: string;
                        eventType: string;
                        subject: string;
                        /** @enum {string} */
                        state: "pending" | "delivered" | "dead" | "cancelled";
                        attempts: number;
                        /**
                         * Format: date-time
                         * @description pending deliveries only
                         */
                        nextAttemptAt?: string;
                        /** @description the receiver's last HTTP status, if it answered */
                        lastStatus?: number;
                        /** @description why the last attempt failed, a classification only, never the receiver's answer: http-4xx, http-5xx, http-other, redirect, gone, timeout, connection-refused, connection-reset, unreachable, network-error, protocol-error, tls-error, dns-failure, egress-refused, subscription-deleted, subscription-disabled, unclassified */
                        lastError?: string;
                        /** Format: date-time */
                        deliveredAt?: string;
                        /** Format: date-time */
                        deadAt?: string;
                        /** @description how many times an admin re-queued it from the dead-letter list */
                        manualRetries: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DELIVERY.NOT_FOUND, SUBSCRIPTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DELIVERY.NOT_FOUND" | "SUBSCRIPTION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DELIVERY.NOT_DEAD_LETTER, SUBSCRIPTION.DISABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 409;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DELIVERY.NOT_DEAD_LETTER" | "SUBSCRIPTION.DISABLED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a subscription id (`whs_…`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `whs_` and 24 hex digits */
                        id: string;
                        url: string;
                        /** @description event types, wildcards such as duban.task.*, or * */
                        eventTypes: string[];
                        description?: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** @description why it was disabled: the receiver answered 410 Gone */
                        disabledReason?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the JWT subject of the admin who created it */
                        createdBy: string;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description SUBSCRIPTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "SUBSCRIPTION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a subscription id (`whs_…`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description SUBSCRIPTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "SUBSCRIPTION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listSubscriptionDeliveries: {
        parameters: {
            query?: {
                state?: "pending" | "delivered" | "dead" | "cancelled";
                limit?: number;
                offset?: number | null;
            };
            header?: never;
            path: {
                /** @description a subscription id (`whs_…`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the subscription's deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description `${subscriptionId}:${eventId}`: one delivery per subscription and event, ever */
                            id: string;
                            subscriptionId: string;
                            eventId: string;
                            eventType: string;
                            subject: string;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "dead" | "cancelled";
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description pending deliveries only
                             */
                            nextAttemptAt?: string;
                            /** @description the receiver's last HTTP status, if it answered */
                            lastStatus?: number;
                            /** @description why the last attempt failed, a classification only, never the receiver's answer: http-4xx, http-5xx, http-other, redirect, gone, timeout, connection-refused, connection-reset, unreachable, network-error, protocol-error, tls-error, dns-failure, egress-refused, subscription-deleted, subscription-disabled, unclassified */
                            lastError?: string;
                            /** Format: date-time */
                            deliveredAt?: string;
                            /** Format: date-time */
                            deadAt?: string;
                            /** @description how many times an admin re-queued it from the dead-letter list */
                            manualRetries: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description SUBSCRIPTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 404;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "SUBSCRIPTION.NOT_FOUND";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                /** @description the unit whose inbox is read, the caller's own by default; officials may name only their own (another unit is a 403), supervisors, performance and admins any */
                unit?: string;
                /** @description only this plan's tasks, briefs and enterprise steps */
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the unit's inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: string;
                        /** @description the Asia/Shanghai date the working days are counted from */
                        today: string;
                        /** @description the version of the holiday calendar used (0: the built-in notices only) */
                        calendarVersion: number;
                        /** @description by urgency: overdue first, longest overdue first; then fewest working days left; then the earlier deadline; then id */
                        items: {
                            /** @enum {string} */
                            kind: "task" | "brief" | "enterprise-step";
                            /** @description the task id (tasks and briefs) or the step id `{enterpriseId}/{step}` */
                            id: string;
                            title: string;
                            planId: string;
                            /** @description tasks and briefs */
                            taskId?: string;
                            /** @description enterprise steps */
                            enterpriseId?: string;
                            /** @description enterprise steps: the lifecycle step waiting on the unit */
                            step?: string;
                            /** @description a task's or brief's status (assigned, in_progress, submitted); `open` for an enterprise step */
                            status: string;
                            /** @description the deadline date in force (YYYY-MM-DD); the deadline is the end of that day, Asia/Shanghai */
                            deadline: string;
                            /** @description the deadline instant (ISO-8601, UTC) */
                            deadlineAt: string;
                            /** @description the deadline instant has passed */
                            overdue: boolean;
                            /** @description working days from today (Asia/Shanghai) to the deadline date on the holiday calendar in force (loaded notices included): 0 when due today; negative once overdue, minus the working days after the deadline date up to today (an item overdue only over a weekend is overdue with 0) */
                            workingDaysLeft: number;
                            /**
                             * @description the ladder's highest open card (yellow, red, leading-group), or `reminder` within the first reminder's reach of the deadline (30 days on the default ladder), else `none`
                             * @enum {string}
                             */
                            level: "none" | "reminder" | "yellow" | "red" | "leading-group";
                            /**
                             * @description lead: the unit is responsible; co-unit: its contribution (协办意见) is pending
                             * @enum {string}
                             */
                            role: "lead" | "co-unit";
                            /** @description tasks: for the lead, some co-unit has not contributed yet; for a co-unit, its own contribution is pending */
                            contributionPending: boolean;
                            extensionPending: boolean;
                            /** @description the console page of the item: `/console/tasks/{taskId}` or `/console/enterprises/{enterpriseId}` */
                            href: string;
                        }[];
                        counts: {
                            total: number;
                            overdue: number;
                            byKind: {
                                task: number;
                                brief: number;
                                "enterprise-step": number;
                            };
                            byLevel: {
                                none: number;
                                reminder: number;
                                yellow: number;
                                red: number;
                                "leading-group": number;
                            };
                        };
                        /** @description a source had more open items than the inbox reads (INBOX_MAX_PER_SOURCE each, most urgent first): the counts cover only the items listed */
                        truncated: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getOverdueBoard: {
        parameters: {
            query?: {
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the board */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        calendarVersion: number;
                        /** @description the columns, lowest card first */
                        levels: ("yellow" | "red" | "leading-group")[];
                        /** @description one row per unit with an open case, most open cases first, then unit code */
                        rows: {
                            unit: string;
                            total: {
                                /** @description overdue items: task or enterprise-step deadlines with an unresolved card, each counted once at its highest card */
                                count: number;
                                /** @description the longest overdue, in working days after its deadline date (calendar in force); 0 for none */
                                maxAgeWorkingDays: number;
                                /** @description the median age (the mean of the middle two for an even count; 0 for none) */
                                medianAgeWorkingDays: number;
                            };
                            /** @description by level (yellow, red, leading-group); a level with no open case is absent */
                            byLevel: {
                                [key: string]: {
                                    /** @description overdue items: task or enterprise-step deadlines with an unresolved card, each counted once at its highest card */
                                    count: number;
                                    /** @description the longest overdue, in working days after its deadline date (calendar in force); 0 for none */
                                    maxAgeWorkingDays: number;
                                    /** @description the median age (the mean of the middle two for an even count; 0 for none) */
                                    medianAgeWorkingDays: number;
                                };
                            };
                            byAge: {
                                "0-4": number;
                                "5-14": number;
                                "15+": number;
                            };
                        }[];
                        totals: {
                            total: {
                                /** @description overdue items: task or enterprise-step deadlines with an unresolved card, each counted once at its highest card */
                                count: number;
                                /** @description the longest overdue, in working days after its deadline date (calendar in force); 0 for none */
                                maxAgeWorkingDays: number;
                                /** @description the median age (the mean of the middle two for an even count; 0 for none) */
                                medianAgeWorkingDays: number;
                            };
                            byLevel: {
                                [key: string]: {
                                    /** @description overdue items: task or enterprise-step deadlines with an unresolved card, each counted once at its highest card */
                                    count: number;
                                    /** @description the longest overdue, in working days after its deadline date (calendar in force); 0 for none */
                                    maxAgeWorkingDays: number;
                                    /** @description the median age (the mean of the middle two for an even count; 0 for none) */
                                    medianAgeWorkingDays: number;
                                };
                            };
                            byAge: {
                                "0-4": number;
                                "5-14": number;
                                "15+": number;
                            };
                        };
                        /** @description more unresolved cases than BOARD_MAX_CASES: the figures cover the oldest raised ones read */
                        truncated: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    getCockpit: {
        parameters: {
            query: {
                planId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the cockpit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        today: string;
                        tasks: {
                            /** @description tasks: one per (task, responsible unit); sub-tasks included */
                            total: number;
                            byStatus: {
                                assigned: number;
                                in_progress: number;
                                submitted: number;
                                accepted: number;
                            };
                            /** @description accepted ÷ total × 100, one decimal (0 for no task) */
                            percentDone: number;
                            /** @description past the deadline in force and not accepted */
                            overdue: number;
                            /** @description by task code (T1, T2…), a fanned-out task (T4) summed over its units */
                            byTask: {
                                /** @description tasks: one per (task, responsible unit); sub-tasks included */
                                total: number;
                                byStatus: {
                                    assigned: number;
                                    in_progress: number;
                                    submitted: number;
                                    accepted: number;
                                };
                                /** @description accepted ÷ total × 100, one decimal (0 for no task) */
                                percentDone: number;
                                /** @description past the deadline in force and not accepted */
                                overdue: number;
                                taskCode: string;
                            }[];
                        };
                        /** @description each district with enterprises registered in the plan (the enterprises' district), by code */
                        districts: {
                            district: string;
                            /** @description the tasks this district leads */
                            tasks: {
                                /** @description tasks: one per (task, responsible unit); sub-tasks included */
                                total: number;
                                byStatus: {
                                    assigned: number;
                                    in_progress: number;
                                    submitted: number;
                                    accepted: number;
                                };
                                /** @description accepted ÷ total × 100, one decimal (0 for no task) */
                                percentDone: number;
                                /** @description past the deadline in force and not accepted */
                                overdue: number;
                            };
                            enterprises: {
                                total: number;
                                byStatus: {
                                    "awaiting-index": number;
                                    active: number;
                                    closed: number;
                                };
                            };
                        }[];
                        /** @description escalation cards (cases: one per level per deadline; repeats not counted) raised and resolved per month, oldest month first, months with neither left out */
                        cards: {
                            /** @description YYYY-MM, Asia/Shanghai */
                            month: string;
                            raised: {
                                yellow: number;
                                red: number;
                                "leading-group": number;
                            };
                            resolved: {
                                yellow: number;
                                red: number;
                                "leading-group": number;
                            };
                        }[];
                        enterprises: {
                            total: number;
                            /** @description by track */
                            byTrack: {
                                /** @description A, B, C, D, or `none` (not classified yet) */
                                track: string;
                                total: number;
                                /** @description enterprises of this track with that step open (one enterprise may have two open: the labour step runs beside the chain) */
                                openSteps: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                        /** @description destination parks chosen by the plan’s enterprises (their destination step), most chosen first */
                        parks: {
                            parkId: string;
                            parkName: string;
                            region: string;
                            enterprises: number;
                        }[];
                        /** @description more tasks or cases than COCKPIT_MAX_ROWS: the task and card figures cover the first ones read */
                        truncated: boolean;
                    };
                };
            };
            /** @description REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 403;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    streamLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the event stream (see the description for its messages) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 401;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "AUTH.UNAUTHENTICATED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    listDevUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dev users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description the token subject, and what POST /dev/token takes */
                            id: string;
                            /** @description Chinese display name */
                            name: string;
                            /** @description unit code */
                            unit: string;
                            /** @description the unit's Chinese name */
                            unitName: string;
                            roles: ("official" | "supervisor" | "performance" | "admin")[];
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
    issueDevToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the `id` of one of GET /dev/users */
                    userId: string;
                };
            };
        };
        responses: {
            /** @description the token and when it expires */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description an HS256 JWT signed with the local secret, for `Authorization: Bearer` */
                        token: string;
                        /**
                         * Format: date-time
                         * @description when the token expires (TOKEN_MAX_LIFETIME_SECONDS after issue)
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description REQUEST.INVALID, REQUEST.MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 400;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 413;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 415;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description REQUEST.RATE_LIMITED */
            429: {
                headers: {
                    /** @description seconds until the limit that was hit resets */
                    "Retry-After"?: number;
                    /** @description requests (or failed authentications) allowed per window in the bucket that was hit */
                    "RateLimit-Limit"?: number;
                    /** @description what is left of that bucket in this window (0) */
                    "RateLimit-Remaining"?: number;
                    /** @description seconds until that bucket resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 429;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "REQUEST.RATE_LIMITED";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description INTERNAL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 500;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "INTERNAL";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
            /** @description DEPENDENCY.TIMEOUT, DEPENDENCY.UNAVAILABLE */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description a URI naming the problem type */
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 503;
                        detail: string;
                        instance?: string;
                        /** @enum {string} */
                        code: "DEPENDENCY.TIMEOUT" | "DEPENDENCY.UNAVAILABLE";
                        /** @description each field at fault and the rule it breaks */
                        errors?: {
                            field: string;
                            rule: string;
                        }[];
                    };
                };
            };
        };
    };
}
