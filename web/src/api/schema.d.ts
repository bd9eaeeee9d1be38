// Generated from the served OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts within your jurisdiction */
        get: operations["listAccounts"];
        put?: never;
        /** Create an account bound to a jurisdiction (staff) or a person (citizen) */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log: who read or changed what, when, why, and about whom */
        get: operations["searchAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published bulletins within your scope, every version, newest publication first */
        get: operations["listBulletins"];
        put?: never;
        /** Publish a day’s figures for a province, city or county; a second publication for the same day is a correction that supersedes the first */
        post: operations["publishBulletin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check-ins of a venue, a person, or a person at a venue, within your scope, newest first */
        get: operations["listCheckins"];
        put?: never;
        /** Check in at a venue by its scanned code, as yourself; a repeat answers 200 with the same check-in, and one bringing an exit fills it in */
        post: operations["scanCheckin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkins/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check-ins from a venue’s device (up to 5,000): one result per item, in order; good items are kept, bad ones named by field */
        post: operations["ingestCheckinBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregate figures of a jurisdiction’s subtree: population, places, children and daily series; no personal data */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fever-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fever flags raised at venues within your scope, newest first */
        get: operations["listFeverFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fever-flags/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a fever flag was followed up, and how */
        post: operations["handleFeverFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a background import you started (anyone else’s is not found) */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jurisdictions within your scope: children of one (parent), a subtree (under), or by name or code (q) */
        get: operations["listJurisdictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One jurisdiction */
        get: operations["getJurisdiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/ancestors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chain from the root down to this jurisdiction */
        get: operations["getJurisdictionAncestry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The protocol in force for a jurisdiction on a date (default today there), and what put it in force */
        get: operations["getJurisdictionProtocol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a hierarchy from CSV (text/csv): code,name,parent_code,level[,time_zone] */
        post: operations["importJurisdictions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account of the session, its permissions and the fields it sees masked */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own check-ins, newest first */
        get: operations["listMyCheckins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People within your scope; search by name (q), jurisdiction subtree or household */
        get: operations["listPeople"];
        put?: never;
        /** Register a person */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person (a citizen may read their own record) */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person; masked values sent back change nothing */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/v1/people/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a person to another jurisdiction within your scope */
        post: operations["movePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show masked identifiers in clear, with a reason that is audited */
        post: operations["revealPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many people match, within your scope */
        get: operations["countPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every matching person within your scope, masked as your role requires */
        get: operations["exportPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from CSV (text/csv); bad rows are reported, good rows kept, re-runs add nothing twice. With Prefer: respond-async, 202 and a job to follow */
        post: operations["importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a person by identity document or phone (sent in the body, never in a URL) */
        post: operations["lookupPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places within your scope, filtered by jurisdiction subtree, kind, venue type, parent or name */
        get: operations["listPlaces"];
        put?: never;
        /** Create a compound, building, unit, household or venue */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place */
        get: operations["getPlace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a place’s name, type, address or location */
        patch: operations["updatePlace"];
        trace?: never;
    };
    "/api/v1/places/{id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A venue’s codes, active and revoked, in the order they were issued */
        get: operations["listVenueCodes"];
        put?: never;
        /** Issue a printable check-in code for a venue (one per entrance if need be) */
        post: operations["issueVenueCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import places from CSV (text/csv): ref,kind,parent_ref,jurisdiction_code,name,venue_type,address,latitude,longitude,outline. With Prefer: respond-async, 202 and a job to follow */
        post: operations["importPlaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compounds, buildings and venues within your scope as GeoJSON; a place with an outline is drawn as its outline */
        get: operations["getPlacesMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocol assignments within your scope, newest first */
        get: operations["listProtocolAssignments"];
        put?: never;
        /** Put a protocol in force for a jurisdiction within your subtree from a date on (today or later); published on the public pages */
        post: operations["assignProtocol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The disease protocol documents Bulwark ships, oldest effective date first */
        get: operations["listProtocols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocols/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One protocol document: every number a rule engine uses, each with its source */
        get: operations["getProtocol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bulletin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published figures of a jurisdiction (default: the one that published last), its recent days and totals; no login */
        get: operations["getPublicBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative names, which are public: children of a parent, or by name or code (q); without either, the top level. At most 200, by code; no login */
        get: operations["listPublicJurisdictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/open-data/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: the latest version of every published bulletin, as CSV or JSON; no login */
        get: operations["getOpenDataBulletins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every protocol document and every assignment with its effective date, so that rule changes are public; no login */
        get: operations["getPublicProtocols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fever clinics or sampling sites, nearest first (near=LON,LAT or a community), else by name; no login */
        get: operations["findPublicServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/venue-codes/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The name and type of the venue a scanned code stands for, to show before checking in; the token goes in the body, never in a URL; no login */
        post: operations["resolveVenueCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; sets the session cookie and returns the token */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End the current session */
        delete: operations["logout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bearer token for a device or integration, acting as this account */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venue-codes/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable code as SVG or PNG (1200 px wide): the QR of the scan page’s URL, the venue’s name, the label and the instruction */
        get: operations["getVenueCodeImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venue-codes/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a code for good, with a reason; scans of it fail from then on */
        post: operations["revokeVenueCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Account: {
            createdAt: string;
            disabled: boolean;
            displayName: string;
            id: string;
            jurisdictionCode: string | null;
            personId: string | null;
            /** @enum {string} */
            role: "administrator" | "command_staff" | "epidemiologist" | "community_worker" | "testing_operator" | "lab_technician" | "sentinel_reporter" | "venue_operator" | "citizen" | "auditor";
            username: string;
        };
        AccountCreate: {
            displayName: string;
            jurisdictionCode?: string;
            password: string;
            personId?: string;
            /** @enum {string} */
            role: "administrator" | "command_staff" | "epidemiologist" | "community_worker" | "testing_operator" | "lab_technician" | "sentinel_reporter" | "venue_operator" | "citizen" | "auditor";
            username: string;
        };
        AccountCreateInput: {
            displayName: string;
            jurisdictionCode?: string;
            password: string;
            personId?: string;
            /** @enum {string} */
            role: "administrator" | "command_staff" | "epidemiologist" | "community_worker" | "testing_operator" | "lab_technician" | "sentinel_reporter" | "venue_operator" | "citizen" | "auditor";
            username: string;
        };
        AccountInput: {
            createdAt: string;
            disabled: boolean;
            displayName: string;
            id: string;
            jurisdictionCode: string | null;
            personId: string | null;
            /** @enum {string} */
            role: "administrator" | "command_staff" | "epidemiologist" | "community_worker" | "testing_operator" | "lab_technician" | "sentinel_reporter" | "venue_operator" | "citizen" | "auditor";
            username: string;
        };
        AuditRecord: {
            actorAccountId: string | null;
            actorJurisdiction: string | null;
            actorRole: string | null;
            at: string;
            detail: {
                [key: string]: unknown;
            };
            hash: string;
            id: string;
            operation: string;
            outcome: string;
            personIds: string[];
            prevHash: string;
            purpose: string;
            seq: number;
            sourceAddress: string | null;
        };
        AuditRecordInput: {
            actorAccountId: string | null;
            actorJurisdiction: string | null;
            actorRole: string | null;
            at: string;
            detail: {
                [key: string]: unknown;
            };
            hash: string;
            id: string;
            operation: string;
            outcome: string;
            personIds: string[];
            prevHash: string;
            purpose: string;
            seq: number;
            sourceAddress: string | null;
        };
        Bulletin: {
            date: string;
            figures: components["schemas"]["BulletinFigures"];
            id: string;
            jurisdictionCode: string;
            note: string | null;
            publishedAt: string;
            /** @description The username of the publishing account */
            publishedBy: string;
            /** @description 1 for the first publication of a day; each correction adds one and supersedes the previous */
            version: number;
        };
        BulletinCreate: {
            /** Format: date */
            date: string;
            figures: {
                newAsymptomatic: number;
                newConfirmed: number;
                newRecovered: number;
                testsReported: number;
                underObservation: number;
            };
            jurisdictionCode: string;
            note?: string;
        };
        BulletinCreateInput: {
            /** Format: date */
            date: string;
            figures: {
                newAsymptomatic: number;
                newConfirmed: number;
                newRecovered: number;
                testsReported: number;
                underObservation: number;
            };
            jurisdictionCode: string;
            note?: string;
        };
        BulletinFigures: {
            newAsymptomatic: number;
            newConfirmed: number;
            newRecovered: number;
            testsReported: number;
            underObservation: number;
        };
        BulletinFiguresInput: {
            newAsymptomatic: number;
            newConfirmed: number;
            newRecovered: number;
            testsReported: number;
            underObservation: number;
        };
        BulletinInput: {
            date: string;
            figures: components["schemas"]["BulletinFiguresInput"];
            id: string;
            jurisdictionCode: string;
            note: string | null;
            publishedAt: string;
            /** @description The username of the publishing account */
            publishedBy: string;
            /** @description 1 for the first publication of a day; each correction adds one and supersedes the previous */
            version: number;
        };
        Checkin: {
            enteredAt: string;
            exitedAt: string | null;
            /** @description The venue’s jurisdiction */
            jurisdictionCode: string;
            personId: string;
            recordedAt: string;
            /** @enum {string} */
            source: "scan" | "device" | "import";
            /** @description Degrees Celsius */
            temperature: number | null;
            venueId: string;
            venueName: string;
        };
        CheckinBatch: {
            items: components["schemas"]["CheckinBatchItem"][];
            /** @description The token of the venue’s code (from the scanned URL after /scan#) */
            token: string;
        };
        CheckinBatchInput: {
            items: components["schemas"]["CheckinBatchItemInput"][];
            /** @description The token of the venue’s code (from the scanned URL after /scan#) */
            token: string;
        };
        /** @description One visitor: by identity document or by person id (exactly one) */
        CheckinBatchItem: {
            document?: {
                number: string;
                /** @enum {string} */
                type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            };
            /** Format: date-time */
            enteredAt: string;
            /** Format: date-time */
            exitedAt?: string;
            personId?: string;
            /** @description Degrees Celsius, to one decimal; must lie in the plausible range of the protocol in force */
            temperature?: number;
        };
        /** @description One visitor: by identity document or by person id (exactly one) */
        CheckinBatchItemInput: {
            document?: {
                number: string;
                /** @enum {string} */
                type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            };
            /** Format: date-time */
            enteredAt: string;
            /** Format: date-time */
            exitedAt?: string;
            personId?: string;
            /** @description Degrees Celsius, to one decimal; must lie in the plausible range of the protocol in force */
            temperature?: number;
        };
        CheckinBatchResult: {
            duplicate: number;
            /** @description Fever flags raised by this batch */
            feverFlags: number;
            items: {
                errors?: {
                    field: string;
                    problem: string;
                }[];
                index: number;
                /**
                 * @description stored: new; duplicate: already stored; updated: its exit filled in; rejected: see errors
                 * @enum {string}
                 */
                outcome: "stored" | "duplicate" | "updated" | "rejected";
            }[];
            rejected: number;
            stored: number;
            updated: number;
        };
        CheckinBatchResultInput: {
            duplicate: number;
            /** @description Fever flags raised by this batch */
            feverFlags: number;
            items: {
                errors?: {
                    field: string;
                    problem: string;
                }[];
                index: number;
                /**
                 * @description stored: new; duplicate: already stored; updated: its exit filled in; rejected: see errors
                 * @enum {string}
                 */
                outcome: "stored" | "duplicate" | "updated" | "rejected";
            }[];
            rejected: number;
            stored: number;
            updated: number;
        };
        CheckinInput: {
            enteredAt: string;
            exitedAt: string | null;
            /** @description The venue’s jurisdiction */
            jurisdictionCode: string;
            personId: string;
            recordedAt: string;
            /** @enum {string} */
            source: "scan" | "device" | "import";
            /** @description Degrees Celsius */
            temperature: number | null;
            venueId: string;
            venueName: string;
        };
        CheckinPage: {
            items: components["schemas"]["Checkin"][];
            nextCursor: string | null;
        };
        CheckinPageInput: {
            items: components["schemas"]["CheckinInput"][];
            nextCursor: string | null;
        };
        CheckinScan: {
            /**
             * Format: date-time
             * @description Default: now. Send it to make a retried scan harmless
             */
            enteredAt?: string;
            /**
             * Format: date-time
             * @description Sent again with the same enteredAt, it fills in the exit (scan-out)
             */
            exitedAt?: string;
            /** @description Degrees Celsius, to one decimal; must lie in the plausible range of the protocol in force */
            temperature?: number;
            /** @description The token of the venue’s code (from the scanned URL after /scan#) */
            token: string;
        };
        CheckinScanInput: {
            /**
             * Format: date-time
             * @description Default: now. Send it to make a retried scan harmless
             */
            enteredAt?: string;
            /**
             * Format: date-time
             * @description Sent again with the same enteredAt, it fills in the exit (scan-out)
             */
            exitedAt?: string;
            /** @description Degrees Celsius, to one decimal; must lie in the plausible range of the protocol in force */
            temperature?: number;
            /** @description The token of the venue’s code (from the scanned URL after /scan#) */
            token: string;
        };
        CheckinScanResult: {
            checkin: components["schemas"]["Checkin"];
            /** @description Whether this scan raised a fever flag for the venue’s staff */
            feverFlagRaised: boolean;
        };
        CheckinScanResultInput: {
            checkin: components["schemas"]["CheckinInput"];
            /** @description Whether this scan raised a fever flag for the venue’s staff */
            feverFlagRaised: boolean;
        };
        Credential: {
            account: components["schemas"]["Account"];
            expiresAt: string;
            token: string;
        };
        CredentialInput: {
            account: components["schemas"]["AccountInput"];
            expiresAt: string;
            token: string;
        };
        Dashboard: {
            /** @description Direct children, by code */
            children: {
                code: string;
                level: string;
                name: string;
                people: number;
                venues: number;
            }[];
            generatedAt: string;
            jurisdiction: components["schemas"]["Jurisdiction"];
            places: {
                buildings: number;
                compounds: number;
                households: number;
                units: number;
                venues: number;
                venuesByType: {
                    [key: string]: number;
                };
            };
            population: {
                /** @description '0-9' to '70-79' and '80+': age today in the jurisdiction's time zone */
                byAgeBand: {
                    band: string;
                    count: number;
                }[];
                /** @description aged_60_plus and infant include those the birth date implies */
                byPriorityGroup: {
                    [key: string]: number;
                };
                bySex: {
                    female: number;
                    male: number;
                    unknown: number;
                };
                /** @description Places of kind household in the subtree */
                households: number;
                people: number;
                unknownAge: number;
            };
            /** @description The last 30 local days, zeros filled */
            series: components["schemas"]["DashboardSeries"][];
        };
        DashboardInput: {
            /** @description Direct children, by code */
            children: {
                code: string;
                level: string;
                name: string;
                people: number;
                venues: number;
            }[];
            generatedAt: string;
            jurisdiction: components["schemas"]["JurisdictionInput"];
            places: {
                buildings: number;
                compounds: number;
                households: number;
                units: number;
                venues: number;
                venuesByType: {
                    [key: string]: number;
                };
            };
            population: {
                /** @description '0-9' to '70-79' and '80+': age today in the jurisdiction's time zone */
                byAgeBand: {
                    band: string;
                    count: number;
                }[];
                /** @description aged_60_plus and infant include those the birth date implies */
                byPriorityGroup: {
                    [key: string]: number;
                };
                bySex: {
                    female: number;
                    male: number;
                    unknown: number;
                };
                /** @description Places of kind household in the subtree */
                households: number;
                people: number;
                unknownAge: number;
            };
            /** @description The last 30 local days, zeros filled */
            series: components["schemas"]["DashboardSeriesInput"][];
        };
        DashboardSeries: {
            /** @description One of people_registered, new_confirmed, new_asymptomatic, under_observation, tests_reported; later modules add more */
            metric: string;
            points: {
                date: string;
                value: number;
            }[];
        };
        DashboardSeriesInput: {
            /** @description One of people_registered, new_confirmed, new_asymptomatic, under_observation, tests_reported; later modules add more */
            metric: string;
            points: {
                date: string;
                value: number;
            }[];
        };
        FeverFlag: {
            enteredAt: string;
            handledAt: string | null;
            handledBy: string | null;
            id: string;
            jurisdictionCode: string;
            note: string | null;
            personId: string;
            /** @enum {string} */
            status: "open" | "handled";
            /** @description Degrees Celsius */
            temperature: number;
            venueId: string;
            venueName: string;
        };
        FeverFlagHandle: {
            /** @description What was done: called, visited, referred to a fever clinic */
            note: string;
        };
        FeverFlagHandleInput: {
            /** @description What was done: called, visited, referred to a fever clinic */
            note: string;
        };
        FeverFlagInput: {
            enteredAt: string;
            handledAt: string | null;
            handledBy: string | null;
            id: string;
            jurisdictionCode: string;
            note: string | null;
            personId: string;
            /** @enum {string} */
            status: "open" | "handled";
            /** @description Degrees Celsius */
            temperature: number;
            venueId: string;
            venueName: string;
        };
        FeverFlagPage: {
            items: components["schemas"]["FeverFlag"][];
            nextCursor: string | null;
        };
        FeverFlagPageInput: {
            items: components["schemas"]["FeverFlagInput"][];
            nextCursor: string | null;
        };
        Geometry: {
            coordinates: [
                number,
                number
            ];
            /** @constant */
            type: "Point";
        } | {
            coordinates: [
                number,
                number
            ][][];
            /** @constant */
            type: "Polygon";
        } | {
            coordinates: [
                number,
                number
            ][][][];
            /** @constant */
            type: "MultiPolygon";
        };
        GeometryInput: {
            coordinates: [
                number,
                number
            ];
            /** @constant */
            type: "Point";
        } | {
            coordinates: [
                number,
                number
            ][][];
            /** @constant */
            type: "Polygon";
        } | {
            coordinates: [
                number,
                number
            ][][][];
            /** @constant */
            type: "MultiPolygon";
        };
        ImportReport: {
            inserted: number;
            received: number;
            rejected: {
                field: string;
                problem: string;
                row: number;
            }[];
            unchanged: number;
        };
        ImportReportInput: {
            inserted: number;
            received: number;
            rejected: {
                field: string;
                problem: string;
                row: number;
            }[];
            unchanged: number;
        };
        Job: {
            /** @description Why the job failed */
            error: string | null;
            finishedAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "people.import" | "places.import";
            progress: {
                inserted: number;
                received: number;
                rejected: number;
                unchanged: number;
            };
            /** @description The import report once done */
            report: components["schemas"]["ImportReport"] | null;
            startedAt: string;
            /** @enum {string} */
            state: "running" | "done" | "failed";
        };
        JobInput: {
            /** @description Why the job failed */
            error: string | null;
            finishedAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "people.import" | "places.import";
            progress: {
                inserted: number;
                received: number;
                rejected: number;
                unchanged: number;
            };
            /** @description The import report once done */
            report: components["schemas"]["ImportReportInput"] | null;
            startedAt: string;
            /** @enum {string} */
            state: "running" | "done" | "failed";
        };
        Jurisdiction: {
            code: string;
            countyCode: string | null;
            depth: number;
            level: string;
            name: string;
            parentCode: string | null;
            timeZone: string;
        };
        JurisdictionInput: {
            code: string;
            countyCode: string | null;
            depth: number;
            level: string;
            name: string;
            parentCode: string | null;
            timeZone: string;
        };
        JurisdictionName: {
            code: string;
            level: string;
            name: string;
        };
        JurisdictionNameInput: {
            code: string;
            level: string;
            name: string;
        };
        Login: {
            password: string;
            username: string;
        };
        LoginInput: {
            password: string;
            username: string;
        };
        OpenDataBulletin: {
            date: string;
            figures: components["schemas"]["BulletinFigures"];
            jurisdictionCode: string;
            jurisdictionName: string;
            publishedAt: string;
            version: number;
        };
        OpenDataBulletinInput: {
            date: string;
            figures: components["schemas"]["BulletinFiguresInput"];
            jurisdictionCode: string;
            jurisdictionName: string;
            publishedAt: string;
            version: number;
        };
        Outline: {
            coordinates: [
                number,
                number
            ][][];
            /** @constant */
            type: "Polygon";
        } | {
            coordinates: [
                number,
                number
            ][][][];
            /** @constant */
            type: "MultiPolygon";
        };
        OutlineInput: {
            coordinates: [
                number,
                number
            ][][];
            /** @constant */
            type: "Polygon";
        } | {
            coordinates: [
                number,
                number
            ][][][];
            /** @constant */
            type: "MultiPolygon";
        };
        Person: {
            address: string | null;
            affiliationId: string | null;
            birthDate: string | null;
            createdAt: string;
            /** @description Masked (with *) unless the role sees it in clear or it was revealed */
            documentNumber: string;
            /** @enum {string} */
            documentType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId: string | null;
            id: string;
            jurisdictionCode: string;
            /** @description Which fields of this response are masked */
            masked: ("documentNumber" | "phone" | "address")[];
            name: string;
            phone: string | null;
            priorityGroups: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            updatedAt: string;
            version: number;
        };
        PersonCreate: {
            affiliationId?: string;
            /** Format: date */
            birthDate?: string;
            documentNumber: string;
            /** @enum {string} */
            documentType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId?: string;
            /** @description Defaults to the household’s jurisdiction */
            jurisdictionCode?: string;
            name: string;
            phone?: string;
            priorityGroups?: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex?: "male" | "female" | "unknown";
        };
        PersonCreateInput: {
            affiliationId?: string;
            /** Format: date */
            birthDate?: string;
            documentNumber: string;
            /** @enum {string} */
            documentType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId?: string;
            /** @description Defaults to the household’s jurisdiction */
            jurisdictionCode?: string;
            name: string;
            phone?: string;
            priorityGroups?: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex?: "male" | "female" | "unknown";
        };
        PersonInput: {
            address: string | null;
            affiliationId: string | null;
            birthDate: string | null;
            createdAt: string;
            /** @description Masked (with *) unless the role sees it in clear or it was revealed */
            documentNumber: string;
            /** @enum {string} */
            documentType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId: string | null;
            id: string;
            jurisdictionCode: string;
            /** @description Which fields of this response are masked */
            masked: ("documentNumber" | "phone" | "address")[];
            name: string;
            phone: string | null;
            priorityGroups: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            updatedAt: string;
            version: number;
        };
        PersonLookup: {
            documentNumber?: string;
            /** @enum {string} */
            documentType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            phone?: string;
        };
        PersonLookupInput: {
            documentNumber?: string;
            /** @enum {string} */
            documentType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            phone?: string;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            nextCursor: string | null;
        };
        PersonPageInput: {
            items: components["schemas"]["PersonInput"][];
            nextCursor: string | null;
        };
        PersonUpdate: {
            address?: string | null;
            affiliationId?: string | null;
            birthDate?: string | null;
            createdAt?: string;
            documentNumber?: string;
            /** @enum {string} */
            documentType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId?: string | null;
            id?: string;
            jurisdictionCode?: string;
            masked?: string[];
            name?: string;
            phone?: string | null;
            priorityGroups?: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex?: "male" | "female" | "unknown";
            updatedAt?: string;
            version?: number;
        };
        PersonUpdateInput: {
            address?: string | null;
            affiliationId?: string | null;
            birthDate?: string | null;
            createdAt?: string;
            documentNumber?: string;
            /** @enum {string} */
            documentType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
            householdId?: string | null;
            id?: string;
            jurisdictionCode?: string;
            masked?: string[];
            name?: string;
            phone?: string | null;
            priorityGroups?: ("aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled")[];
            /** @enum {string} */
            sex?: "male" | "female" | "unknown";
            updatedAt?: string;
            version?: number;
        };
        Place: {
            address: string | null;
            createdAt: string;
            externalRef: string | null;
            id: string;
            jurisdictionCode: string;
            /** @enum {string} */
            kind: "compound" | "building" | "unit" | "household" | "venue";
            latitude: number | null;
            longitude: number | null;
            name: string;
            outline: components["schemas"]["Outline"] | null;
            parentId: string | null;
            updatedAt: string;
            venueType: ("mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other") | null;
        };
        PlaceCreate: {
            address?: string;
            externalRef?: string;
            jurisdictionCode?: string;
            /** @enum {string} */
            kind: "compound" | "building" | "unit" | "household" | "venue";
            latitude?: number;
            longitude?: number;
            name: string;
            outline?: components["schemas"]["Outline"];
            parentId?: string | null;
            /** @enum {string} */
            venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        PlaceCreateInput: {
            address?: string;
            externalRef?: string;
            jurisdictionCode?: string;
            /** @enum {string} */
            kind: "compound" | "building" | "unit" | "household" | "venue";
            latitude?: number;
            longitude?: number;
            name: string;
            outline?: components["schemas"]["OutlineInput"];
            parentId?: string | null;
            /** @enum {string} */
            venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        PlaceInput: {
            address: string | null;
            createdAt: string;
            externalRef: string | null;
            id: string;
            jurisdictionCode: string;
            /** @enum {string} */
            kind: "compound" | "building" | "unit" | "household" | "venue";
            latitude: number | null;
            longitude: number | null;
            name: string;
            outline: components["schemas"]["OutlineInput"] | null;
            parentId: string | null;
            updatedAt: string;
            venueType: ("mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other") | null;
        };
        PlacesMap: {
            /** @description [minLon, minLat, maxLon, maxLat] of the features, or null when there are none */
            bbox: [
                number,
                number,
                number,
                number
            ] | null;
            features: {
                geometry: components["schemas"]["Geometry"];
                id: string;
                properties: {
                    id: string;
                    jurisdictionCode: string;
                    /** @enum {string} */
                    kind: "compound" | "building" | "venue";
                    name: string;
                    venueType: string | null;
                };
                /** @constant */
                type: "Feature";
            }[];
            /** @description True when more than 20000 places matched and only the first were drawn */
            truncated: boolean;
            /** @constant */
            type: "FeatureCollection";
        };
        PlacesMapInput: {
            /** @description [minLon, minLat, maxLon, maxLat] of the features, or null when there are none */
            bbox: [
                number,
                number,
                number,
                number
            ] | null;
            features: {
                geometry: components["schemas"]["GeometryInput"];
                id: string;
                properties: {
                    id: string;
                    jurisdictionCode: string;
                    /** @enum {string} */
                    kind: "compound" | "building" | "venue";
                    name: string;
                    venueType: string | null;
                };
                /** @constant */
                type: "Feature";
            }[];
            /** @description True when more than 20000 places matched and only the first were drawn */
            truncated: boolean;
            /** @constant */
            type: "FeatureCollection";
        };
        PlaceUpdate: {
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            name?: string;
            outline?: components["schemas"]["Outline"] | null;
            /** @enum {string} */
            venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        PlaceUpdateInput: {
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            name?: string;
            outline?: components["schemas"]["OutlineInput"] | null;
            /** @enum {string} */
            venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        Problem: {
            code: string;
            detail: string;
            errors: {
                field: string;
                problem: string;
            }[];
            instance: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            code: string;
            detail: string;
            errors: {
                field: string;
                problem: string;
            }[];
            instance: string;
            status: number;
            title: string;
            type: string;
        };
        ProtocolAssignment: {
            /** @description The username of the assigning account */
            assignedBy: string;
            createdAt: string;
            effectiveFrom: string;
            id: string;
            jurisdictionCode: string;
            protocolId: string;
            reason: string;
        };
        ProtocolAssignmentCreate: {
            /**
             * Format: date
             * @description Local date in the jurisdiction; today or later, so that history is never rewritten
             */
            effectiveFrom: string;
            jurisdictionCode: string;
            protocolId: string;
            /** @description Published on the public pages: write no personal data */
            reason: string;
        };
        ProtocolAssignmentCreateInput: {
            /**
             * Format: date
             * @description Local date in the jurisdiction; today or later, so that history is never rewritten
             */
            effectiveFrom: string;
            jurisdictionCode: string;
            protocolId: string;
            /** @description Published on the public pages: write no personal data */
            reason: string;
        };
        ProtocolAssignmentInput: {
            /** @description The username of the assigning account */
            assignedBy: string;
            createdAt: string;
            effectiveFrom: string;
            id: string;
            jurisdictionCode: string;
            protocolId: string;
            reason: string;
        };
        ProtocolDocument: {
            checkins: {
                /** @description A reading at or above this is a fever */
                feverThresholdCelsius: {
                    source: string;
                    value: number;
                };
                /** @description How far in the past a check-in recorded offline may be dated */
                offlineBackdateHours: {
                    source: string;
                    value: number;
                };
                /** @description Readings outside are refused as device or entry errors */
                plausibleTemperatureCelsius: {
                    max: {
                        source: string;
                        value: number;
                    };
                    min: {
                        source: string;
                        value: number;
                    };
                };
                retentionDays: {
                    source: string;
                    value: number;
                };
            };
            disease: {
                en: string;
                zh: string;
            };
            /** Format: date */
            effectiveFrom: string;
            guardrails: {
                rules: {
                    en: string;
                    id: string;
                    zh: string;
                }[];
                source: string;
            };
            id: string;
            issuer: {
                en: string;
                zh: string;
            };
            massTesting: {
                adjacentArea: {
                    /** @description Consecutive rounds without community infection after which testing pauses */
                    cleanRoundsToStop: {
                        source: string;
                        value: number;
                    };
                    /** @description Then, after this many days, one more round; stop if it is clean */
                    confirmationRoundAfterDays?: {
                        source: string;
                        value: number;
                    };
                    intervalDays: {
                        source: string;
                        value: number;
                    };
                };
                affectedArea: {
                    /** @description Consecutive rounds without community infection after which testing pauses */
                    cleanRoundsToStop: {
                        source: string;
                        value: number;
                    };
                    /** @description Then, after this many days, one more round; stop if it is clean */
                    confirmationRoundAfterDays?: {
                        source: string;
                        value: number;
                    };
                    intervalDays: {
                        source: string;
                        value: number;
                    };
                };
                keyPeoplePoolSize: {
                    source: string;
                    value: number;
                };
                largestValidatedPool: {
                    source: string;
                    value: number;
                };
                /** @description Whole areas are tested only where the source or chain of transmission is unknown */
                onlyWhereChainUnclear: {
                    source: string;
                    value: boolean;
                };
                /** @description Samples per tube in each level in use; 1 is a single tube */
                poolSizeByAreaLevel: {
                    [key: string]: {
                        source: string;
                        value: number;
                    };
                };
            };
            measures: {
                closeContact: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a high-risk area recently */
                highRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                inboundTraveller: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a low-risk area of an affected county recently */
                lowRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a medium-risk area recently */
                mediumRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                secondaryContact: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
            };
            name: {
                en: string;
                zh: string;
            };
            /** @description May serve as the default where no assignment applies */
            nationalDefault: boolean;
            /** Format: date */
            publishedOn: string;
            riskAreas: {
                /** @description What a high-risk area is drawn around */
                delimitationUnits: {
                    source: string;
                    value: ("unit" | "building" | "compound" | "village" | "township")[];
                };
                downgrades: {
                    daysWithoutNewInfection: {
                        source: string;
                        value: number;
                    };
                    /** @description A shorter wait, without a further testing round, for an area that was high-risk before */
                    formerHighAreaDays?: {
                        source: string;
                        value: number;
                    };
                    /** @enum {string} */
                    from: "high" | "medium" | "low";
                    /** @description Whether everyone in the area must test negative in one round on the last of those days */
                    testingRoundRequired: {
                        source: string;
                        value: boolean;
                    };
                    /** @enum {string} */
                    to: "high" | "medium" | "low";
                }[];
                levels: {
                    source: string;
                    value: ("high" | "medium" | "low")[];
                };
            };
            tracing: {
                /** @description Whether everyone who visited a case’s venue on the same day is alerted */
                alertSameDayVisitors: {
                    source: string;
                    value: boolean;
                };
                closeContactByCoPresence: {
                    /** @description Overlap at venues, summed, that makes a close contact */
                    cumulativeMinutes: {
                        source: string;
                        value: number;
                    };
                    /** @description The window the minutes accumulate over */
                    windowHours: {
                        source: string;
                        value: number;
                    };
                };
                dwellMinutes: {
                    /** @description Imputed stay when a check-in has no exit, by venue type */
                    byVenueType: {
                        [key: string]: {
                            source: string;
                            value: number;
                        };
                    };
                    /** @description Imputed stay at venue types not listed */
                    default: {
                        source: string;
                        value: number;
                    };
                };
                /** @description Days before onset (or sampling, if asymptomatic) from which a case counts as infectious */
                infectiousLookbackDays: {
                    source: string;
                    value: number;
                };
                /** @description 时空伴随: an older local practice, optional and off by default */
                spaceTimeCompanion: {
                    cellMetres: {
                        source: string;
                        value: number;
                    };
                    /** @description Hours spent in that cell in total, over the window */
                    cumulativeHours: {
                        source: string;
                        value: number;
                    };
                    days: {
                        source: string;
                        value: number;
                    };
                    enabled: {
                        source: string;
                        value: boolean;
                    };
                    /** @description Minutes in the same cell at the same time */
                    minutes: {
                        source: string;
                        value: number;
                    };
                };
                traceSecondaryContacts: {
                    source: string;
                    value: boolean;
                };
            };
        };
        ProtocolDocumentInput: {
            checkins: {
                /** @description A reading at or above this is a fever */
                feverThresholdCelsius: {
                    source: string;
                    value: number;
                };
                /** @description How far in the past a check-in recorded offline may be dated */
                offlineBackdateHours: {
                    source: string;
                    value: number;
                };
                /** @description Readings outside are refused as device or entry errors */
                plausibleTemperatureCelsius: {
                    max: {
                        source: string;
                        value: number;
                    };
                    min: {
                        source: string;
                        value: number;
                    };
                };
                retentionDays: {
                    source: string;
                    value: number;
                };
            };
            disease: {
                en: string;
                zh: string;
            };
            /** Format: date */
            effectiveFrom: string;
            guardrails: {
                rules: {
                    en: string;
                    id: string;
                    zh: string;
                }[];
                source: string;
            };
            id: string;
            issuer: {
                en: string;
                zh: string;
            };
            massTesting: {
                adjacentArea: {
                    /** @description Consecutive rounds without community infection after which testing pauses */
                    cleanRoundsToStop: {
                        source: string;
                        value: number;
                    };
                    /** @description Then, after this many days, one more round; stop if it is clean */
                    confirmationRoundAfterDays?: {
                        source: string;
                        value: number;
                    };
                    intervalDays: {
                        source: string;
                        value: number;
                    };
                };
                affectedArea: {
                    /** @description Consecutive rounds without community infection after which testing pauses */
                    cleanRoundsToStop: {
                        source: string;
                        value: number;
                    };
                    /** @description Then, after this many days, one more round; stop if it is clean */
                    confirmationRoundAfterDays?: {
                        source: string;
                        value: number;
                    };
                    intervalDays: {
                        source: string;
                        value: number;
                    };
                };
                keyPeoplePoolSize: {
                    source: string;
                    value: number;
                };
                largestValidatedPool: {
                    source: string;
                    value: number;
                };
                /** @description Whole areas are tested only where the source or chain of transmission is unknown */
                onlyWhereChainUnclear: {
                    source: string;
                    value: boolean;
                };
                /** @description Samples per tube in each level in use; 1 is a single tube */
                poolSizeByAreaLevel: {
                    [key: string]: {
                        source: string;
                        value: number;
                    };
                };
            };
            measures: {
                closeContact: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a high-risk area recently */
                highRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                inboundTraveller: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a low-risk area of an affected county recently */
                lowRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                /** @description Has been in a medium-risk area recently */
                mediumRiskArea: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
                secondaryContact: {
                    /** @description Length of the stage; 0 only for kind none */
                    days: {
                        source: string;
                        value: number;
                    };
                    /** @description The stage that starts when this one ends */
                    followUp?: {
                        /** @description Length of the stage; 0 only for kind none */
                        days: {
                            source: string;
                            value: number;
                        };
                        /** @enum {string} */
                        kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                        tests?: {
                            onDays: {
                                source: string;
                                value: number[];
                            };
                        } | {
                            count: {
                                source: string;
                                value: number;
                            };
                            minHoursApart: {
                                source: string;
                                value: number;
                            };
                        };
                    };
                    /** @enum {string} */
                    kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                    /** @description Area categories: a stay in such an area within this many days puts a person in the category */
                    stayWithinDays?: {
                        source: string;
                        value: number;
                    };
                    tests?: {
                        onDays: {
                            source: string;
                            value: number[];
                        };
                    } | {
                        count: {
                            source: string;
                            value: number;
                        };
                        minHoursApart: {
                            source: string;
                            value: number;
                        };
                    };
                };
            };
            name: {
                en: string;
                zh: string;
            };
            /** @description May serve as the default where no assignment applies */
            nationalDefault: boolean;
            /** Format: date */
            publishedOn: string;
            riskAreas: {
                /** @description What a high-risk area is drawn around */
                delimitationUnits: {
                    source: string;
                    value: ("unit" | "building" | "compound" | "village" | "township")[];
                };
                downgrades: {
                    daysWithoutNewInfection: {
                        source: string;
                        value: number;
                    };
                    /** @description A shorter wait, without a further testing round, for an area that was high-risk before */
                    formerHighAreaDays?: {
                        source: string;
                        value: number;
                    };
                    /** @enum {string} */
                    from: "high" | "medium" | "low";
                    /** @description Whether everyone in the area must test negative in one round on the last of those days */
                    testingRoundRequired: {
                        source: string;
                        value: boolean;
                    };
                    /** @enum {string} */
                    to: "high" | "medium" | "low";
                }[];
                levels: {
                    source: string;
                    value: ("high" | "medium" | "low")[];
                };
            };
            tracing: {
                /** @description Whether everyone who visited a case’s venue on the same day is alerted */
                alertSameDayVisitors: {
                    source: string;
                    value: boolean;
                };
                closeContactByCoPresence: {
                    /** @description Overlap at venues, summed, that makes a close contact */
                    cumulativeMinutes: {
                        source: string;
                        value: number;
                    };
                    /** @description The window the minutes accumulate over */
                    windowHours: {
                        source: string;
                        value: number;
                    };
                };
                dwellMinutes: {
                    /** @description Imputed stay when a check-in has no exit, by venue type */
                    byVenueType: {
                        [key: string]: {
                            source: string;
                            value: number;
                        };
                    };
                    /** @description Imputed stay at venue types not listed */
                    default: {
                        source: string;
                        value: number;
                    };
                };
                /** @description Days before onset (or sampling, if asymptomatic) from which a case counts as infectious */
                infectiousLookbackDays: {
                    source: string;
                    value: number;
                };
                /** @description 时空伴随: an older local practice, optional and off by default */
                spaceTimeCompanion: {
                    cellMetres: {
                        source: string;
                        value: number;
                    };
                    /** @description Hours spent in that cell in total, over the window */
                    cumulativeHours: {
                        source: string;
                        value: number;
                    };
                    days: {
                        source: string;
                        value: number;
                    };
                    enabled: {
                        source: string;
                        value: boolean;
                    };
                    /** @description Minutes in the same cell at the same time */
                    minutes: {
                        source: string;
                        value: number;
                    };
                };
                traceSecondaryContacts: {
                    source: string;
                    value: boolean;
                };
            };
        };
        ProtocolInForce: {
            assignment: components["schemas"]["ProtocolAssignment"] | null;
            /**
             * @description An assignment on the jurisdiction or its nearest ancestor, else the newest national default
             * @enum {string}
             */
            basis: "assignment" | "national_default";
            date: string;
            document: components["schemas"]["ProtocolDocument"];
            jurisdictionCode: string;
        };
        ProtocolInForceInput: {
            assignment: components["schemas"]["ProtocolAssignmentInput"] | null;
            /**
             * @description An assignment on the jurisdiction or its nearest ancestor, else the newest national default
             * @enum {string}
             */
            basis: "assignment" | "national_default";
            date: string;
            document: components["schemas"]["ProtocolDocumentInput"];
            jurisdictionCode: string;
        };
        ProtocolSummary: {
            disease: {
                en: string;
                zh: string;
            };
            effectiveFrom: string;
            id: string;
            issuer: {
                en: string;
                zh: string;
            };
            name: {
                en: string;
                zh: string;
            };
            nationalDefault: boolean;
            publishedOn: string;
        };
        ProtocolSummaryInput: {
            disease: {
                en: string;
                zh: string;
            };
            effectiveFrom: string;
            id: string;
            issuer: {
                en: string;
                zh: string;
            };
            name: {
                en: string;
                zh: string;
            };
            nationalDefault: boolean;
            publishedOn: string;
        };
        PublicBulletin: {
            jurisdiction: components["schemas"]["JurisdictionName"] | null;
            latest: {
                date: string;
                figures: components["schemas"]["BulletinFigures"];
                note: string | null;
                publishedAt: string;
                version: number;
            } | null;
            /** @description Jurisdictions that have published, for a selector */
            published: components["schemas"]["JurisdictionName"][];
            /** @description Risk areas arrive with their module; empty until then */
            riskAreas: unknown[];
            /** @description The latest version of each of the last 30 days with a publication, oldest first */
            series: {
                date: string;
                figures: components["schemas"]["BulletinFigures"];
            }[];
            /** @description Figures summed over every published date (latest version of each) */
            totals: components["schemas"]["BulletinFigures"];
        };
        PublicBulletinInput: {
            jurisdiction: components["schemas"]["JurisdictionNameInput"] | null;
            latest: {
                date: string;
                figures: components["schemas"]["BulletinFiguresInput"];
                note: string | null;
                publishedAt: string;
                version: number;
            } | null;
            /** @description Jurisdictions that have published, for a selector */
            published: components["schemas"]["JurisdictionNameInput"][];
            /** @description Risk areas arrive with their module; empty until then */
            riskAreas: unknown[];
            /** @description The latest version of each of the last 30 days with a publication, oldest first */
            series: {
                date: string;
                figures: components["schemas"]["BulletinFiguresInput"];
            }[];
            /** @description Figures summed over every published date (latest version of each) */
            totals: components["schemas"]["BulletinFiguresInput"];
        };
        PublicJurisdiction: {
            code: string;
            level: string;
            name: string;
            parentCode: string | null;
        };
        PublicJurisdictionInput: {
            code: string;
            level: string;
            name: string;
            parentCode: string | null;
        };
        PublicProtocolAssignment: {
            createdAt: string;
            effectiveFrom: string;
            jurisdiction: components["schemas"]["JurisdictionName"];
            protocolId: string;
            reason: string;
        };
        PublicProtocolAssignmentInput: {
            createdAt: string;
            effectiveFrom: string;
            jurisdiction: components["schemas"]["JurisdictionNameInput"];
            protocolId: string;
            reason: string;
        };
        PublicProtocols: {
            /** @description Every assignment ever made, latest effective date first */
            assignments: components["schemas"]["PublicProtocolAssignment"][];
            /** @description Every built-in document, oldest effective date first */
            documents: components["schemas"]["ProtocolDocument"][];
        };
        PublicProtocolsInput: {
            /** @description Every assignment ever made, latest effective date first */
            assignments: components["schemas"]["PublicProtocolAssignmentInput"][];
            /** @description Every built-in document, oldest effective date first */
            documents: components["schemas"]["ProtocolDocumentInput"][];
        };
        PublicService: {
            address: string | null;
            /** @description Great-circle distance from the point asked about; null without one */
            distanceMeters: number | null;
            id: string;
            jurisdictionCode: string;
            jurisdictionName: string;
            latitude: number | null;
            longitude: number | null;
            name: string;
            /** @enum {string} */
            venueType: "fever_clinic" | "sampling_site";
        };
        PublicServiceInput: {
            address: string | null;
            /** @description Great-circle distance from the point asked about; null without one */
            distanceMeters: number | null;
            id: string;
            jurisdictionCode: string;
            jurisdictionName: string;
            latitude: number | null;
            longitude: number | null;
            name: string;
            /** @enum {string} */
            venueType: "fever_clinic" | "sampling_site";
        };
        PublicVenue: {
            name: string;
            /** @enum {string} */
            venueType: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        PublicVenueInput: {
            name: string;
            /** @enum {string} */
            venueType: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
        };
        RevealRequest: {
            fields: ("documentNumber" | "phone" | "address")[];
            reason: string;
        };
        RevealRequestInput: {
            fields: ("documentNumber" | "phone" | "address")[];
            reason: string;
        };
        TokenCreate: {
            /** @default 90 */
            days: number;
            label: string;
        };
        TokenCreateInput: {
            /** @default 90 */
            days: number;
            label: string;
        };
        VenueCode: {
            /** @description False once revoked; revoking is final */
            active: boolean;
            createdAt: string;
            /** @description The username of the issuing account */
            createdBy: string;
            id: string;
            jurisdictionCode: string;
            label: string | null;
            revokedAt: string | null;
            revokedBy: string | null;
            revokedReason: string | null;
            venueId: string;
        };
        VenueCodeInput: {
            /** @description False once revoked; revoking is final */
            active: boolean;
            createdAt: string;
            /** @description The username of the issuing account */
            createdBy: string;
            id: string;
            jurisdictionCode: string;
            label: string | null;
            revokedAt: string | null;
            revokedBy: string | null;
            revokedReason: string | null;
            venueId: string;
        };
        VenueCodeIssue: {
            /** @description Where the code hangs, such as 北门 (north gate); printed under the venue’s name */
            label?: string;
        };
        VenueCodeIssueInput: {
            /** @description Where the code hangs, such as 北门 (north gate); printed under the venue’s name */
            label?: string;
        };
        VenueCodeRevoke: {
            reason: string;
        };
        VenueCodeRevokeInput: {
            reason: string;
        };
        VenueTokenResolve: {
            /** @description The token from the scanned URL’s fragment (after /scan#) */
            token: string;
        };
        VenueTokenResolveInput: {
            /** @description The token from the scanned URL’s fragment (after /scan#) */
            token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": {
                        items: components["schemas"]["Account"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchAudit: {
        parameters: {
            query?: {
                actor?: string;
                cursor?: string;
                from?: string;
                limit?: number;
                operation?: string;
                outcome?: "allowed" | "denied" | "failed";
                person?: string;
                to?: string;
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
                    "application/json": {
                        items: components["schemas"]["AuditRecord"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBulletins: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                jurisdiction?: string;
                limit?: number;
                to?: string;
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
                    "application/json": {
                        items: components["schemas"]["Bulletin"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulletinCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckins: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Entries at or after this instant */
                from?: string;
                limit?: number;
                /** @description A person’s id: their stays. Give venue, person or both */
                person?: string;
                /** @description Entries before this instant */
                to?: string;
                /** @description A venue’s id: everyone who checked in there */
                venue?: string;
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
                    "application/json": components["schemas"]["CheckinPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scanCheckin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckinScanInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinScanResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinScanResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestCheckinBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckinBatchInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinBatchResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description Defaults to your own jurisdiction */
                jurisdiction?: string;
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
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeverFlags: {
        parameters: {
            query?: {
                cursor?: string;
                jurisdiction?: string;
                limit?: number;
                status?: "open" | "handled";
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
                    "application/json": components["schemas"]["FeverFlagPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    handleFeverFlag: {
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
                "application/json": components["schemas"]["FeverFlagHandleInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeverFlag"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
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
                    "application/json": {
                        /** @enum {string} */
                        database: "sqlite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                        time: string;
                    };
                };
            };
        };
    };
    getJob: {
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
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJurisdictions: {
        parameters: {
            query?: {
                cursor?: string;
                level?: string;
                limit?: number;
                parent?: string;
                q?: string;
                under?: string;
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
                    "application/json": {
                        items: components["schemas"]["Jurisdiction"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["Jurisdiction"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdictionAncestry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": {
                        items: components["schemas"]["Jurisdiction"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdictionProtocol: {
        parameters: {
            query?: {
                /** @description Local date; default today in the jurisdiction */
                date?: string;
            };
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["ProtocolInForce"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importJurisdictions: {
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
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                        clearFields: string[];
                        permissions: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCheckins: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["CheckinPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                cursor?: string;
                household?: string;
                jurisdiction?: string;
                limit?: number;
                /** @description aged_60_plus and infant include those the birth date implies */
                priorityGroup?: "aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled";
                q?: string;
                sex?: "male" | "female" | "unknown";
                /** @description A leading - sorts descending; ties by id; default: id order */
                sort?: "name" | "-name" | "birthDate" | "-birthDate" | "createdAt" | "-createdAt";
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
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
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
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePerson: {
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
                "application/json": components["schemas"]["PersonUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    movePerson: {
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
                    jurisdictionCode: string;
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
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revealPerson: {
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
                "application/json": components["schemas"]["RevealRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countPeople: {
        parameters: {
            query?: {
                household?: string;
                jurisdiction?: string;
                /** @description aged_60_plus and infant include those the birth date implies */
                priorityGroup?: "aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled";
                q?: string;
                sex?: "male" | "female" | "unknown";
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
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPeople: {
        parameters: {
            query?: {
                household?: string;
                jurisdiction?: string;
                /** @description aged_60_plus and infant include those the birth date implies */
                priorityGroup?: "aged_60_plus" | "infant" | "pregnant" | "chronic_illness" | "critical_illness" | "regular_treatment" | "disabled";
                q?: string;
                sex?: "male" | "female" | "unknown";
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
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPeople: {
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
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonLookupInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                cursor?: string;
                jurisdiction?: string;
                kind?: "compound" | "building" | "unit" | "household" | "venue";
                limit?: number;
                parent?: string;
                q?: string;
                /** @description name or -name (descending); default: id order */
                sort?: "name" | "-name";
                venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
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
                    "application/json": {
                        items: components["schemas"]["Place"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlace: {
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
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlace: {
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
                "application/json": components["schemas"]["PlaceUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVenueCodes: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
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
                    "application/json": {
                        items: components["schemas"]["VenueCode"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueVenueCode: {
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
                "application/json": components["schemas"]["VenueCodeIssueInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueCode"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPlaces: {
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
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlacesMap: {
        parameters: {
            query?: {
                jurisdiction?: string;
                /** @description compound, building or venue; repeated or a comma list; default compound,venue */
                kind?: string | string[];
                venueType?: "mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other";
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
                    "application/json": components["schemas"]["PlacesMap"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProtocolAssignments: {
        parameters: {
            query?: {
                cursor?: string;
                jurisdiction?: string;
                limit?: number;
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
                    "application/json": {
                        items: components["schemas"]["ProtocolAssignment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignProtocol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtocolAssignmentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolAssignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProtocols: {
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
                    "application/json": {
                        items: components["schemas"]["ProtocolSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProtocol: {
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
                    "application/json": components["schemas"]["ProtocolDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicBulletin: {
        parameters: {
            query?: {
                jurisdiction?: string;
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
                    "application/json": components["schemas"]["PublicBulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicJurisdictions: {
        parameters: {
            query?: {
                parent?: string;
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
                    "application/json": {
                        items: components["schemas"]["PublicJurisdiction"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataBulletins: {
        parameters: {
            query?: {
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every latest version per jurisdiction and date, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OpenDataBulletin"][];
                    };
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicProtocols: {
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
                    "application/json": components["schemas"]["PublicProtocols"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findPublicServices: {
        parameters: {
            query: {
                /** @description Sort by distance from the mean position of this jurisdiction’s places */
                community?: string;
                limit?: number;
                /** @description LON,LAT: sort by great-circle distance from this point */
                near?: string;
                type: "fever_clinic" | "sampling_site";
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
                    "application/json": {
                        items: components["schemas"]["PublicService"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveVenueCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VenueTokenResolveInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVenue"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVenueCodeImage: {
        parameters: {
            query?: {
                format?: "svg" | "png";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeVenueCode: {
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
                "application/json": components["schemas"]["VenueCodeRevokeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueCode"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
