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
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases within your scope, newest report first */
        get: operations["listCases"];
        put?: never;
        /** Report a case (a confirmed case or an asymptomatic infection) of a person within your scope */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case, with its intervals and infectious window */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a case at the version you read: status, dates of the four earlies, symptoms, travel, places */
        patch: operations["updateCase"];
        trace?: never;
    };
    "/api/v1/cases/{id}/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cluster and chains a case belongs to */
        get: operations["getCaseCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case’s candidate contacts with their evidence, highest score first */
        get: operations["listCaseContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/possible-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Other cases whose tracing named this case’s person: where the infection may have come from */
        get: operations["listPossibleSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the case’s candidate contacts from the records as they stand (household, venues, class or team, secondary contacts where the protocol traces them); decided candidates stay as decided */
        post: operations["traceCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/intervals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The four earlies’ intervals over the cases of a jurisdiction reported in a period: median, 90th percentile, mean, and the share reported in time */
        get: operations["getCaseIntervals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trace cases reported together (a day’s new cases), as each alone: they share the reads of the places they visited. Every case must be in scope before any is traced */
        post: operations["traceCases"];
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
    "/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clusters of linked cases within your scope, largest first, each with its chains */
        get: operations["listClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a candidate as a close (or secondary) contact: they become a managed person under the protocol’s measure, ending by rule */
        post: operations["confirmContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a candidate, with the reason */
        post: operations["dismissContact"];
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
    "/api/v1/managed-persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Persons under a measure where they live, within your scope, with the measure’s stages and end date */
        get: operations["listManagedPersons"];
        put?: never;
        post?: never;
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
    "/api/v1/places/{id}/compliance-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A venue’s compliance checks over a range of local days, newest first */
        get: operations["listVenueComplianceRecords"];
        put?: never;
        /** Record a compliance check at a venue: masks, ventilation, disinfection and the one-metre line; several a day are kept */
        post: operations["recordVenueCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A venue’s ledger of one local day: check-ins by local hour, fever flags, and the compliance checks with where each measure stands */
        get: operations["getVenueLedger"];
        put?: never;
        post?: never;
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
    "/api/v1/transmission-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that one case likely infected another; the exposure found by tracing becomes the link’s evidence */
        post: operations["linkCases"];
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
        Case: {
            /** @enum {string} */
            basis: "positive_test" | "clinical";
            /** @enum {string} */
            classification: "confirmed" | "asymptomatic";
            createdAt: string;
            detectedAt: string;
            id: string;
            /** @description Start of the infectious window traced: the protocol’s lookback before onset, or before sampling */
            infectiousFrom: string;
            /** @description Isolation; null while the case is not isolated */
            infectiousUntil: string | null;
            intervals: components["schemas"]["CaseIntervals"];
            isolatedAt: string | null;
            jurisdictionCode: string;
            onsetDate: string | null;
            personId: string;
            personName: string;
            placesVisited: {
                description: string;
                from: string;
                placeId: string | null;
                to: string | null;
            }[];
            reportedAt: string;
            reportedBy: string;
            sampledDate: string | null;
            /** @enum {string} */
            status: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms: string[];
            travelHistory: {
                from: string;
                place: string;
                to: string;
            }[];
            treatedAt: string | null;
            updatedAt: string;
            version: number;
        };
        CaseCreate: {
            /** @enum {string} */
            basis: "positive_test" | "clinical";
            /** @enum {string} */
            classification: "confirmed" | "asymptomatic";
            /**
             * Format: date-time
             * @description When the infection was first detected
             */
            detectedAt: string;
            isolatedAt?: string | null;
            /** @description Required for a confirmed case with symptoms; none for an asymptomatic infection */
            onsetDate?: string | null;
            personId: string;
            placesVisited?: {
                /** @description What the case told the investigator: the place and what they did there */
                description: string;
                /** Format: date-time */
                from: string;
                /** @description A place on record, when there is one */
                placeId?: string | null;
                to?: string | null;
            }[];
            /**
             * Format: date-time
             * @description When it was reported; default: now
             */
            reportedAt?: string;
            /** @description The day the positive sample was taken; required when there is no onset */
            sampledDate?: string | null;
            /**
             * @description Default: under_investigation
             * @enum {string}
             */
            status?: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms?: string[];
            travelHistory?: {
                /** Format: date */
                from: string;
                /** @description Where: a city, a county, a country */
                place: string;
                /** Format: date */
                to: string;
            }[];
            /** @description When treatment began (admission to a designated hospital, say) */
            treatedAt?: string | null;
        };
        CaseCreateInput: {
            /** @enum {string} */
            basis: "positive_test" | "clinical";
            /** @enum {string} */
            classification: "confirmed" | "asymptomatic";
            /**
             * Format: date-time
             * @description When the infection was first detected
             */
            detectedAt: string;
            isolatedAt?: string | null;
            /** @description Required for a confirmed case with symptoms; none for an asymptomatic infection */
            onsetDate?: string | null;
            personId: string;
            placesVisited?: {
                /** @description What the case told the investigator: the place and what they did there */
                description: string;
                /** Format: date-time */
                from: string;
                /** @description A place on record, when there is one */
                placeId?: string | null;
                to?: string | null;
            }[];
            /**
             * Format: date-time
             * @description When it was reported; default: now
             */
            reportedAt?: string;
            /** @description The day the positive sample was taken; required when there is no onset */
            sampledDate?: string | null;
            /**
             * @description Default: under_investigation
             * @enum {string}
             */
            status?: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms?: string[];
            travelHistory?: {
                /** Format: date */
                from: string;
                /** @description Where: a city, a county, a country */
                place: string;
                /** Format: date */
                to: string;
            }[];
            /** @description When treatment began (admission to a designated hospital, say) */
            treatedAt?: string | null;
        };
        CaseInput: {
            /** @enum {string} */
            basis: "positive_test" | "clinical";
            /** @enum {string} */
            classification: "confirmed" | "asymptomatic";
            createdAt: string;
            detectedAt: string;
            id: string;
            /** @description Start of the infectious window traced: the protocol’s lookback before onset, or before sampling */
            infectiousFrom: string;
            /** @description Isolation; null while the case is not isolated */
            infectiousUntil: string | null;
            intervals: components["schemas"]["CaseIntervalsInput"];
            isolatedAt: string | null;
            jurisdictionCode: string;
            onsetDate: string | null;
            personId: string;
            personName: string;
            placesVisited: {
                description: string;
                from: string;
                placeId: string | null;
                to: string | null;
            }[];
            reportedAt: string;
            reportedBy: string;
            sampledDate: string | null;
            /** @enum {string} */
            status: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms: string[];
            travelHistory: {
                from: string;
                place: string;
                to: string;
            }[];
            treatedAt: string | null;
            updatedAt: string;
            version: number;
        };
        CaseIntervalReport: {
            cases: number;
            detectionToIsolationHours: components["schemas"]["IntervalSummary"];
            detectionToReportHours: components["schemas"]["IntervalSummary"];
            detectionToTreatmentHours: components["schemas"]["IntervalSummary"];
            from: string;
            jurisdictionCode: string;
            onsetToDetectionDays: components["schemas"]["IntervalSummary"];
            onsetToIsolationDays: components["schemas"]["IntervalSummary"];
            /** @description Cases reported within the deadline of the protocol in force, among those with a known report interval */
            reportedInTime: {
                count: number;
                share: number | null;
            };
            to: string;
        };
        CaseIntervalReportInput: {
            cases: number;
            detectionToIsolationHours: components["schemas"]["IntervalSummaryInput"];
            detectionToReportHours: components["schemas"]["IntervalSummaryInput"];
            detectionToTreatmentHours: components["schemas"]["IntervalSummaryInput"];
            from: string;
            jurisdictionCode: string;
            onsetToDetectionDays: components["schemas"]["IntervalSummaryInput"];
            onsetToIsolationDays: components["schemas"]["IntervalSummaryInput"];
            /** @description Cases reported within the deadline of the protocol in force, among those with a known report interval */
            reportedInTime: {
                count: number;
                share: number | null;
            };
            to: string;
        };
        CaseIntervals: {
            detectionToIsolationHours: number | null;
            detectionToReportHours: number | null;
            detectionToTreatmentHours: number | null;
            /** @description Local onset date to the local date of detection */
            onsetToDetectionDays: number | null;
            /** @description How long the case was about while ill */
            onsetToIsolationDays: number | null;
            /** @description Reported within the deadline of the protocol in force */
            reportedInTime: boolean | null;
        };
        CaseIntervalsInput: {
            detectionToIsolationHours: number | null;
            detectionToReportHours: number | null;
            detectionToTreatmentHours: number | null;
            /** @description Local onset date to the local date of detection */
            onsetToDetectionDays: number | null;
            /** @description How long the case was about while ill */
            onsetToIsolationDays: number | null;
            /** @description Reported within the deadline of the protocol in force */
            reportedInTime: boolean | null;
        };
        CasePage: {
            items: components["schemas"]["Case"][];
            nextCursor: string | null;
        };
        CasePageInput: {
            items: components["schemas"]["CaseInput"][];
            nextCursor: string | null;
        };
        CaseUpdate: {
            /** @enum {string} */
            basis?: "positive_test" | "clinical";
            /** @enum {string} */
            classification?: "confirmed" | "asymptomatic";
            /**
             * Format: date-time
             * @description When the infection was first detected
             */
            detectedAt?: string;
            isolatedAt?: string | null;
            /** @description Required for a confirmed case with symptoms; none for an asymptomatic infection */
            onsetDate?: string | null;
            placesVisited?: {
                /** @description What the case told the investigator: the place and what they did there */
                description: string;
                /** Format: date-time */
                from: string;
                /** @description A place on record, when there is one */
                placeId?: string | null;
                to?: string | null;
            }[];
            /** @description The day the positive sample was taken; required when there is no onset */
            sampledDate?: string | null;
            /**
             * @description Default: under_investigation
             * @enum {string}
             */
            status?: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms?: string[];
            travelHistory?: {
                /** Format: date */
                from: string;
                /** @description Where: a city, a county, a country */
                place: string;
                /** Format: date */
                to: string;
            }[];
            /** @description When treatment began (admission to a designated hospital, say) */
            treatedAt?: string | null;
            /** @description The version read: a change made meanwhile by someone else is refused */
            version: number;
        };
        CaseUpdateInput: {
            /** @enum {string} */
            basis?: "positive_test" | "clinical";
            /** @enum {string} */
            classification?: "confirmed" | "asymptomatic";
            /**
             * Format: date-time
             * @description When the infection was first detected
             */
            detectedAt?: string;
            isolatedAt?: string | null;
            /** @description Required for a confirmed case with symptoms; none for an asymptomatic infection */
            onsetDate?: string | null;
            placesVisited?: {
                /** @description What the case told the investigator: the place and what they did there */
                description: string;
                /** Format: date-time */
                from: string;
                /** @description A place on record, when there is one */
                placeId?: string | null;
                to?: string | null;
            }[];
            /** @description The day the positive sample was taken; required when there is no onset */
            sampledDate?: string | null;
            /**
             * @description Default: under_investigation
             * @enum {string}
             */
            status?: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
            symptoms?: string[];
            travelHistory?: {
                /** Format: date */
                from: string;
                /** @description Where: a city, a county, a country */
                place: string;
                /** Format: date */
                to: string;
            }[];
            /** @description When treatment began (admission to a designated hospital, say) */
            treatedAt?: string | null;
            /** @description The version read: a change made meanwhile by someone else is refused */
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
            /** @description Whether this check-in raised a fever flag for the venue’s staff (a repeat answers as the first scan did) */
            feverFlagRaised: boolean;
        };
        CheckinScanResultInput: {
            checkin: components["schemas"]["CheckinInput"];
            /** @description Whether this check-in raised a fever flag for the venue’s staff (a repeat answers as the first scan did) */
            feverFlagRaised: boolean;
        };
        Cluster: {
            cases: {
                classification: string;
                id: string;
                jurisdictionCode: string;
                onsetDate: string | null;
                personName: string;
                reportedAt: string;
                status: string;
            }[];
            /** @description The longest chain, in cases */
            generations: number;
            /** @description The id of its earliest reported case */
            id: string;
            links: components["schemas"]["TransmissionLink"][];
            /** @description Cases with no known infector in the cluster: the sources of its chains */
            roots: string[];
        };
        ClusterInput: {
            cases: {
                classification: string;
                id: string;
                jurisdictionCode: string;
                onsetDate: string | null;
                personName: string;
                reportedAt: string;
                status: string;
            }[];
            /** @description The longest chain, in cases */
            generations: number;
            /** @description The id of its earliest reported case */
            id: string;
            links: components["schemas"]["TransmissionLinkInput"][];
            /** @description Cases with no known infector in the cluster: the sources of its chains */
            roots: string[];
        };
        ComplianceMeasureCheck: {
            /** @description What was seen, such as 收银台两人未戴口罩 */
            note?: string;
            /** @enum {string} */
            outcome: "compliant" | "not_compliant" | "not_applicable";
        };
        ComplianceMeasureCheckInput: {
            /** @description What was seen, such as 收银台两人未戴口罩 */
            note?: string;
            /** @enum {string} */
            outcome: "compliant" | "not_compliant" | "not_applicable";
        };
        ComplianceMeasureResult: {
            note: string | null;
            /** @enum {string} */
            outcome: "compliant" | "not_compliant" | "not_applicable";
        };
        ComplianceMeasureResultInput: {
            note: string | null;
            /** @enum {string} */
            outcome: "compliant" | "not_compliant" | "not_applicable";
        };
        ComplianceRecord: {
            checkedAt: string;
            /** @description The venue’s local day */
            date: string;
            id: string;
            jurisdictionCode: string;
            measures: {
                disinfection: components["schemas"]["ComplianceMeasureResult"];
                distancing: components["schemas"]["ComplianceMeasureResult"];
                masks: components["schemas"]["ComplianceMeasureResult"];
                ventilation: components["schemas"]["ComplianceMeasureResult"];
            };
            note: string | null;
            recordedAt: string;
            /** @description The id of the recording account */
            recordedBy: string;
            venueId: string;
        };
        ComplianceRecordCreate: {
            /**
             * Format: date-time
             * @description When the check was made; default now. Must fall on date in the venue’s time zone
             */
            checkedAt?: string;
            /**
             * Format: date
             * @description The venue’s local day the check belongs to: not in the future there, and within the check-in retention of the protocol in force
             */
            date: string;
            /** @description Every measure, each compliant, not_compliant or not_applicable */
            measures: {
                /** @description Surfaces and shared objects disinfected, with the log kept */
                disinfection: components["schemas"]["ComplianceMeasureCheck"];
                /** @description The one-metre line (一米线) marked and kept */
                distancing: components["schemas"]["ComplianceMeasureCheck"];
                /** @description Masks worn by staff and visitors */
                masks: components["schemas"]["ComplianceMeasureCheck"];
                /** @description Windows open or ventilation running */
                ventilation: components["schemas"]["ComplianceMeasureCheck"];
            };
            note?: string;
        };
        ComplianceRecordCreateInput: {
            /**
             * Format: date-time
             * @description When the check was made; default now. Must fall on date in the venue’s time zone
             */
            checkedAt?: string;
            /**
             * Format: date
             * @description The venue’s local day the check belongs to: not in the future there, and within the check-in retention of the protocol in force
             */
            date: string;
            /** @description Every measure, each compliant, not_compliant or not_applicable */
            measures: {
                /** @description Surfaces and shared objects disinfected, with the log kept */
                disinfection: components["schemas"]["ComplianceMeasureCheckInput"];
                /** @description The one-metre line (一米线) marked and kept */
                distancing: components["schemas"]["ComplianceMeasureCheckInput"];
                /** @description Masks worn by staff and visitors */
                masks: components["schemas"]["ComplianceMeasureCheckInput"];
                /** @description Windows open or ventilation running */
                ventilation: components["schemas"]["ComplianceMeasureCheckInput"];
            };
            note?: string;
        };
        ComplianceRecordInput: {
            checkedAt: string;
            /** @description The venue’s local day */
            date: string;
            id: string;
            jurisdictionCode: string;
            measures: {
                disinfection: components["schemas"]["ComplianceMeasureResultInput"];
                distancing: components["schemas"]["ComplianceMeasureResultInput"];
                masks: components["schemas"]["ComplianceMeasureResultInput"];
                ventilation: components["schemas"]["ComplianceMeasureResultInput"];
            };
            note: string | null;
            recordedAt: string;
            /** @description The id of the recording account */
            recordedBy: string;
            venueId: string;
        };
        ComplianceRecordPage: {
            items: components["schemas"]["ComplianceRecord"][];
            nextCursor: string | null;
        };
        ComplianceRecordPageInput: {
            items: components["schemas"]["ComplianceRecordInput"][];
            nextCursor: string | null;
        };
        /** @description The latest outcome of the day per measure; null when no check was recorded */
        ComplianceSummary: {
            disinfection: ("compliant" | "not_compliant" | "not_applicable") | null;
            distancing: ("compliant" | "not_compliant" | "not_applicable") | null;
            masks: ("compliant" | "not_compliant" | "not_applicable") | null;
            ventilation: ("compliant" | "not_compliant" | "not_applicable") | null;
        };
        /** @description The latest outcome of the day per measure; null when no check was recorded */
        ComplianceSummaryInput: {
            disinfection: ("compliant" | "not_compliant" | "not_applicable") | null;
            distancing: ("compliant" | "not_compliant" | "not_applicable") | null;
            masks: ("compliant" | "not_compliant" | "not_applicable") | null;
            ventilation: ("compliant" | "not_compliant" | "not_applicable") | null;
        };
        ContactCandidate: {
            caseId: string;
            /** @enum {string} */
            category: "household" | "close_copresence" | "class" | "team" | "workplace" | "venue_contact" | "same_day_visitor";
            /** @description Whether the category makes a close contact */
            close: boolean;
            computedAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            /** @description 1: a contact of the case; 2: a close contact’s close contact */
            degree: number;
            evidence: components["schemas"]["ExposureEvidence"][];
            exposureMinutes: number | null;
            firstExposureAt: string;
            id: string;
            /** @description Where the candidate lives */
            jurisdictionCode: string;
            lastExposureAt: string;
            personId: string;
            personName: string;
            /** @description 0 to 1: how intense the recorded exposure was; ranks the work, not a probability */
            score: number;
            /** @enum {string} */
            status: "candidate" | "confirmed" | "dismissed";
            viaPersonId: string | null;
        };
        ContactCandidateInput: {
            caseId: string;
            /** @enum {string} */
            category: "household" | "close_copresence" | "class" | "team" | "workplace" | "venue_contact" | "same_day_visitor";
            /** @description Whether the category makes a close contact */
            close: boolean;
            computedAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            /** @description 1: a contact of the case; 2: a close contact’s close contact */
            degree: number;
            evidence: components["schemas"]["ExposureEvidenceInput"][];
            exposureMinutes: number | null;
            firstExposureAt: string;
            id: string;
            /** @description Where the candidate lives */
            jurisdictionCode: string;
            lastExposureAt: string;
            personId: string;
            personName: string;
            /** @description 0 to 1: how intense the recorded exposure was; ranks the work, not a probability */
            score: number;
            /** @enum {string} */
            status: "candidate" | "confirmed" | "dismissed";
            viaPersonId: string | null;
        };
        ContactCandidatePage: {
            items: components["schemas"]["ContactCandidate"][];
            nextCursor: string | null;
        };
        ContactCandidatePageInput: {
            items: components["schemas"]["ContactCandidateInput"][];
            nextCursor: string | null;
        };
        ContactConfirmation: {
            candidate: components["schemas"]["ContactCandidate"];
            /** @description Null when the protocol puts this category under no measure */
            managedPerson: components["schemas"]["ManagedPerson"] | null;
        };
        ContactConfirmationInput: {
            candidate: components["schemas"]["ContactCandidateInput"];
            /** @description Null when the protocol puts this category under no measure */
            managedPerson: components["schemas"]["ManagedPersonInput"] | null;
        };
        ContactDecision: {
            /** @description Why: what the interview or the records showed */
            note: string;
        };
        ContactDecisionInput: {
            /** @description Why: what the interview or the records showed */
            note: string;
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
        ExposureEvidence: {
            /** @enum {string} */
            contactExit: "recorded" | "next_checkin" | "dwell" | "end_of_day";
            from: string;
            /**
             * @description How the end of the traced person’s stay is known: recorded, or imputed from their next check-in, the dwell time, or the end of the day
             * @enum {string}
             */
            indexExit: "recorded" | "next_checkin" | "dwell" | "end_of_day";
            /** @constant */
            kind: "venue";
            minutes: number;
            to: string;
            venueId: string;
            venueName: string | null;
        } | {
            from: string;
            householdId: string;
            /** @constant */
            kind: "household";
            to: string;
        } | {
            affiliationId: string;
            affiliationName: string | null;
            from: string;
            group: string | null;
            /** @constant */
            kind: "affiliation";
            to: string;
        } | {
            date: string;
            enteredAt: string;
            /** @constant */
            kind: "same_day_visit";
            venueId: string;
            venueName: string | null;
        };
        ExposureEvidenceInput: {
            /** @enum {string} */
            contactExit: "recorded" | "next_checkin" | "dwell" | "end_of_day";
            from: string;
            /**
             * @description How the end of the traced person’s stay is known: recorded, or imputed from their next check-in, the dwell time, or the end of the day
             * @enum {string}
             */
            indexExit: "recorded" | "next_checkin" | "dwell" | "end_of_day";
            /** @constant */
            kind: "venue";
            minutes: number;
            to: string;
            venueId: string;
            venueName: string | null;
        } | {
            from: string;
            householdId: string;
            /** @constant */
            kind: "household";
            to: string;
        } | {
            affiliationId: string;
            affiliationName: string | null;
            from: string;
            group: string | null;
            /** @constant */
            kind: "affiliation";
            to: string;
        } | {
            date: string;
            enteredAt: string;
            /** @constant */
            kind: "same_day_visit";
            venueId: string;
            venueName: string | null;
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
        IntervalSummary: {
            count: number;
            mean: number | null;
            median: number | null;
            p90: number | null;
        };
        IntervalSummaryInput: {
            count: number;
            mean: number | null;
            median: number | null;
            p90: number | null;
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
        LedgerCheckins: {
            /** @description Check-ins by local hour of entry, 0 to 23 */
            byHour: number[];
            /** @description Readings at or above the fever threshold of the protocol in force that day */
            feverReadings: number;
            total: number;
            /** @description Check-ins with an exit recorded */
            withExit: number;
        };
        LedgerCheckinsInput: {
            /** @description Check-ins by local hour of entry, 0 to 23 */
            byHour: number[];
            /** @description Readings at or above the fever threshold of the protocol in force that day */
            feverReadings: number;
            total: number;
            /** @description Check-ins with an exit recorded */
            withExit: number;
        };
        Login: {
            password: string;
            username: string;
        };
        LoginInput: {
            password: string;
            username: string;
        };
        ManagedPerson: {
            active: boolean;
            candidateId: string;
            caseId: string;
            /** @enum {string} */
            category: "closeContact" | "secondaryContact";
            createdAt: string;
            createdBy: string;
            /** @description The measure ends by rule on this date */
            endsOn: string;
            id: string;
            jurisdictionCode: string;
            personId: string;
            personName: string;
            protocolId: string;
            /** @description The measure’s stages by the protocol in force, each with its dates and test days */
            stages: {
                from: string;
                /** @enum {string} */
                kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                testDays: string[];
                to: string;
            }[];
            startsOn: string;
        };
        ManagedPersonInput: {
            active: boolean;
            candidateId: string;
            caseId: string;
            /** @enum {string} */
            category: "closeContact" | "secondaryContact";
            createdAt: string;
            createdBy: string;
            /** @description The measure ends by rule on this date */
            endsOn: string;
            id: string;
            jurisdictionCode: string;
            personId: string;
            personName: string;
            protocolId: string;
            /** @description The measure’s stages by the protocol in force, each with its dates and test days */
            stages: {
                from: string;
                /** @enum {string} */
                kind: "centralized_quarantine" | "home_quarantine" | "health_monitoring" | "testing_only" | "none";
                testDays: string[];
                to: string;
            }[];
            startsOn: string;
        };
        ManagedPersonPage: {
            items: components["schemas"]["ManagedPerson"][];
            nextCursor: string | null;
        };
        ManagedPersonPageInput: {
            items: components["schemas"]["ManagedPersonInput"][];
            nextCursor: string | null;
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
            /** @description The class or team within the affiliation, as the school or workplace names it */
            affiliationGroup: string | null;
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
            /** @description The class or team within the affiliation (such as 三年级2班); only together with an affiliation */
            affiliationGroup?: string;
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
            /** @description The class or team within the affiliation (such as 三年级2班); only together with an affiliation */
            affiliationGroup?: string;
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
            /** @description The class or team within the affiliation, as the school or workplace names it */
            affiliationGroup: string | null;
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
            /** @description Cleared when the affiliation changes and no group is given */
            affiliationGroup?: string | null;
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
            /** @description Cleared when the affiliation changes and no group is given */
            affiliationGroup?: string | null;
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
                /** @description The id of the record the field conflicts with, when you may read it */
                existingId?: string;
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
                /** @description The id of the record the field conflicts with, when you may read it */
                existingId?: string;
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
            cases: {
                /** @description A case is reported within this many hours of its detection */
                reportWithinHours: {
                    source: string;
                    value: number;
                };
            };
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
            cases: {
                /** @description A case is reported within this many hours of its detection */
                reportWithinHours: {
                    source: string;
                    value: number;
                };
            };
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
        TraceResult: {
            caseId: string;
            found: {
                close: number;
                first: number;
                sameDayVisitors: number;
                second: number;
            };
            /** @description Decided candidates kept as they were decided */
            kept: number;
            protocolId: string;
            /** @description Undecided candidates no longer supported by the records */
            removed: number;
            window: {
                from: string;
                until: string;
            };
        };
        TraceResultInput: {
            caseId: string;
            found: {
                close: number;
                first: number;
                sameDayVisitors: number;
                second: number;
            };
            /** @description Decided candidates kept as they were decided */
            kept: number;
            protocolId: string;
            /** @description Undecided candidates no longer supported by the records */
            removed: number;
            window: {
                from: string;
                until: string;
            };
        };
        TraceResults: {
            results: components["schemas"]["TraceResult"][];
        };
        TraceResultsInput: {
            results: components["schemas"]["TraceResultInput"][];
        };
        TransmissionLink: {
            /** @enum {string} */
            confidence: "confirmed" | "probable" | "possible";
            createdAt: string;
            createdBy: string;
            /** @description The exposure of the infectee to the infector found by tracing, when there is one */
            evidence: components["schemas"]["ExposureEvidence"][];
            id: string;
            infecteeCaseId: string;
            infectorCaseId: string;
            note: string | null;
            /** @enum {string} */
            setting: "household" | "venue" | "workplace" | "school" | "community" | "travel" | "unknown";
        };
        TransmissionLinkCreate: {
            /** @enum {string} */
            confidence: "confirmed" | "probable" | "possible";
            infecteeCaseId: string;
            infectorCaseId: string;
            note?: string;
            /** @enum {string} */
            setting: "household" | "venue" | "workplace" | "school" | "community" | "travel" | "unknown";
        };
        TransmissionLinkCreateInput: {
            /** @enum {string} */
            confidence: "confirmed" | "probable" | "possible";
            infecteeCaseId: string;
            infectorCaseId: string;
            note?: string;
            /** @enum {string} */
            setting: "household" | "venue" | "workplace" | "school" | "community" | "travel" | "unknown";
        };
        TransmissionLinkInput: {
            /** @enum {string} */
            confidence: "confirmed" | "probable" | "possible";
            createdAt: string;
            createdBy: string;
            /** @description The exposure of the infectee to the infector found by tracing, when there is one */
            evidence: components["schemas"]["ExposureEvidenceInput"][];
            id: string;
            infecteeCaseId: string;
            infectorCaseId: string;
            note: string | null;
            /** @enum {string} */
            setting: "household" | "venue" | "workplace" | "school" | "community" | "travel" | "unknown";
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
        VenueLedger: {
            checkins: components["schemas"]["LedgerCheckins"];
            compliance: {
                /** @description Oldest check first */
                records: components["schemas"]["ComplianceRecord"][];
                summary: components["schemas"]["ComplianceSummary"];
            };
            date: string;
            /** @description The day’s fever flags at the venue, oldest entry first; null for roles that do not follow up fever flags */
            feverFlags: components["schemas"]["FeverFlag"][] | null;
            /** @description The venue jurisdiction’s time zone, in which the day and its hours are counted */
            timeZone: string;
            venue: {
                id: string;
                jurisdictionCode: string;
                name: string;
                venueType: ("mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other") | null;
            };
        };
        VenueLedgerInput: {
            checkins: components["schemas"]["LedgerCheckinsInput"];
            compliance: {
                /** @description Oldest check first */
                records: components["schemas"]["ComplianceRecordInput"][];
                summary: components["schemas"]["ComplianceSummaryInput"];
            };
            date: string;
            /** @description The day’s fever flags at the venue, oldest entry first; null for roles that do not follow up fever flags */
            feverFlags: components["schemas"]["FeverFlagInput"][] | null;
            /** @description The venue jurisdiction’s time zone, in which the day and its hours are counted */
            timeZone: string;
            venue: {
                id: string;
                jurisdictionCode: string;
                name: string;
                venueType: ("mall" | "supermarket" | "market" | "hotel" | "restaurant" | "scenic_spot" | "sports_venue" | "culture_venue" | "school" | "kindergarten" | "university" | "elderly_home" | "prison" | "hospital" | "fever_clinic" | "pharmacy" | "sampling_site" | "quarantine_site" | "port" | "cold_chain_warehouse" | "workplace" | "transport_hub" | "other") | null;
            };
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
    listCases: {
        parameters: {
            query?: {
                classification?: "confirmed" | "asymptomatic";
                cursor?: string;
                jurisdiction?: string;
                limit?: number;
                /** @description Reported on or after this local date */
                reportedFrom?: string;
                /** @description Reported on or before this local date */
                reportedTo?: string;
                status?: "under_investigation" | "isolated" | "in_hospital" | "recovered" | "deceased";
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
                    "application/json": components["schemas"]["CasePage"];
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
    createCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    getCase: {
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
                    "application/json": components["schemas"]["Case"];
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
    updateCase: {
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
                "application/json": components["schemas"]["CaseUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    getCaseCluster: {
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
                    "application/json": components["schemas"]["Cluster"];
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
    listCaseContacts: {
        parameters: {
            query?: {
                category?: "household" | "close_copresence" | "class" | "team" | "workplace" | "venue_contact" | "same_day_visitor";
                cursor?: string;
                degree?: number;
                limit?: number;
                status?: "candidate" | "confirmed" | "dismissed";
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
                    "application/json": components["schemas"]["ContactCandidatePage"];
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
    listPossibleSources: {
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
                    "application/json": {
                        items: components["schemas"]["ContactCandidate"][];
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
    traceCase: {
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
                    "application/json": components["schemas"]["TraceResult"];
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
    getCaseIntervals: {
        parameters: {
            query?: {
                /** @description Cases reported on or after this local date; default: 30 days ago */
                from?: string;
                jurisdiction?: string;
                /** @description Cases reported on or before this local date; default: today */
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
                    "application/json": components["schemas"]["CaseIntervalReport"];
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
    traceCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The cases to trace, in the order of the results */
                    caseIds: string[];
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
                    "application/json": components["schemas"]["TraceResults"];
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
    listClusters: {
        parameters: {
            query?: {
                jurisdiction?: string;
                minCases?: number;
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
                        items: components["schemas"]["Cluster"][];
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
    confirmContact: {
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
                "application/json": components["schemas"]["ContactDecisionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactConfirmation"];
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
    dismissContact: {
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
                "application/json": components["schemas"]["ContactDecisionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCandidate"];
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
    listManagedPersons: {
        parameters: {
            query?: {
                /** @description true: measures running today; false: ended */
                active?: "true" | "false";
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
                    "application/json": components["schemas"]["ManagedPersonPage"];
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
    listVenueComplianceRecords: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Local days from this one */
                from?: string;
                limit?: number;
                /** @description Local days up to this one, included */
                to?: string;
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
                    "application/json": components["schemas"]["ComplianceRecordPage"];
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
    recordVenueCompliance: {
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
                "application/json": components["schemas"]["ComplianceRecordCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRecord"];
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
    getVenueLedger: {
        parameters: {
            query?: {
                /** @description The venue’s local day; default today there */
                date?: string;
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
                    "application/json": components["schemas"]["VenueLedger"];
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
    linkCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransmissionLinkCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransmissionLink"];
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
