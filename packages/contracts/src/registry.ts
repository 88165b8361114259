import { z } from 'zod';
import { DivisionCode, GridCode } from './common.ts';

/**
 * The registry (双实) API. Personal numbers (ID numbers, phones) are answered masked, always; the
 * clear value comes only from the reveal endpoints, with a reason, and is audited. Field rules
 * beyond shape (ID checksum, dictionary codes, residency-type fields) are the domain's
 * (`@wangge/domain/registry`), so forms and the server apply the same ones.
 */

const str = (max: number) => z.string().max(max);
const optStr = (max: number) => str(max).nullable().optional();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Version = z.number().int().min(1).describe('The version the caller saw (optimistic concurrency)');

export const RegistryRef = z.object({ code: z.string(), name: z.string() });

/** A room's address inside the territory: building code (grid code + 3 digits), unit and room number. */
export const RoomAddress = z.strictObject({
  buildingCode: z.string().regex(/^\d{18}$/, 'an 18-digit building code'),
  unitNo: z.number().int().min(1).max(99),
  roomNo: str(12),
});

export const PersonFields = z.strictObject({
  name: str(50),
  formerName: optStr(50),
  idType: optStr(10).describe('GA/T 517 document code (111 resident ID card, 414 passport …); default 111'),
  idNumber: str(30).describe('ID-document number (GB 11643 for the resident ID card)'),
  sex: optStr(10),
  birthDate: IsoDate.nullable().optional(),
  ethnicity: optStr(20),
  nativePlace: optStr(6),
  maritalStatus: optStr(10),
  politicalStatus: optStr(10),
  education: optStr(10),
  religion: optStr(10),
  occupation: optStr(50),
  workplace: optStr(100),
  phone: optStr(30),
  hukouPlace: optStr(6),
  hukouAddress: optStr(200),
  currentAddress: optStr(200),
  residencyType: z.enum(['registered', 'migrant', 'overseas']),
  hukouConsistent: z.boolean().nullable().optional(),
  migrantReason: optStr(20),
  permitType: optStr(20),
  permitStart: IsoDate.nullable().optional(),
  permitEnd: IsoDate.nullable().optional(),
  nationality: optStr(3),
  foreignName: optStr(100),
});

/** Where a person lives: a room (which gives the grid), or only a grid. */
const PersonPlace = {
  gridCode: GridCode.optional().describe('Required when no room is given'),
  room: RoomAddress.nullable().optional(),
  householdId: z.uuid().nullable().optional(),
  relationToHead: optStr(10),
};

export const PersonCreate = PersonFields.extend(PersonPlace);
/**
 * An edit: `idNumber` and `phone` left out keep the stored numbers (so a form need not reveal them to
 * send them back); `phone: null` removes the phone.
 */
export const PersonUpdate = PersonFields.extend(PersonPlace).extend({
  idNumber: PersonFields.shape.idNumber.optional(),
  version: Version,
});

export const PersonTag = z.object({
  code: z.string(),
  name: z.string(),
  taggedOn: z.string(),
  note: z.string().nullable(),
});

export const PersonAddress = z.object({
  buildingCode: z.string(),
  buildingName: z.string(),
  unitNo: z.number().int(),
  roomNo: z.string(),
  roomId: z.uuid(),
});

export const PersonView = z.object({
  id: z.uuid(),
  name: z.string(),
  formerName: z.string().nullable(),
  idType: z.string(),
  idNumberMasked: z.string(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  nativePlace: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  partyMember: z.boolean(),
  education: z.string().nullable(),
  religion: z.string().nullable(),
  occupation: z.string().nullable(),
  workplace: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  hukouPlace: z.string().nullable(),
  hukouAddress: z.string().nullable(),
  currentAddress: z.string().nullable(),
  residencyType: z.enum(['registered', 'migrant', 'overseas']),
  hukouConsistent: z.boolean().nullable(),
  migrantReason: z.string().nullable(),
  permitType: z.string().nullable(),
  permitStart: z.string().nullable(),
  permitEnd: z.string().nullable(),
  nationality: z.string().nullable(),
  foreignName: z.string().nullable(),
  grid: RegistryRef,
  community: RegistryRef,
  address: PersonAddress.nullable(),
  householdId: z.uuid().nullable(),
  relationToHead: z.string().nullable(),
  tags: z.array(PersonTag).describe('Only the care groups the caller’s roles may see'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** What the caller may do with this record. */
  can: z.object({
    edit: z.boolean(),
    reveal: z.boolean(),
    delete: z.boolean(),
    restore: z.boolean(),
    visit: z.boolean(),
  }),
});

export const PersonListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  residencyType: z.string(),
  partyMember: z.boolean(),
  grid: RegistryRef,
  address: z.string().nullable().describe('Building, unit and room as one line'),
  tags: z.array(z.string()).describe('Codes of the visible care groups'),
  deletedAt: z.string().nullable(),
});
export const PersonList = z.object({ items: z.array(PersonListItem), total: z.number().int() });

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const PersonQuery = z.strictObject({
  q: z.string().trim().max(50).optional().describe('Name, address, or an exact ID number or phone'),
  division: DivisionCode.optional(),
  grid: GridCode.optional(),
  building: z
    .string()
    .regex(/^\d{18}$/)
    .optional(),
  residencyType: z.enum(['registered', 'migrant', 'overseas']).optional(),
  tag: z.string().max(40).optional(),
  partyMember: Bool.optional(),
  deleted: Bool.optional().describe('List soft-deleted records (awaiting purge) instead'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const PiiField = z.enum(['idNumber', 'phone']);
export const RevealRequest = z.strictObject({
  field: PiiField,
  reason: z.string().trim().min(4, 'state the reason (at least 4 characters)').max(200),
});
export const RevealAnswer = z.object({ field: PiiField, value: z.string().nullable() });

export const DeleteRequest = z.strictObject({ version: Version, reason: z.string().trim().min(2).max(200) });
export const VersionBody = z.strictObject({ version: Version });

export const FieldChangeView = z.object({
  field: z.string(),
  old: z.unknown(),
  new: z.unknown(),
  masked: z.boolean().optional(),
});
export const HistoryEntry = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  changes: z.array(FieldChangeView),
  reason: z.string().nullable(),
});
export const HistoryList = z.object({ items: z.array(HistoryEntry) });

/** Who looked at whose personal numbers (or exported them), when and why. */
export const AccessQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  actor: z.string().max(50).optional(),
  subject: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const AccessEntry = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string().describe('person.reveal, organisation.reveal, room.reveal or registry.export'),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
  subjectMasked: z.string().nullable(),
  field: z.string().nullable(),
  reason: z.string().nullable(),
  rows: z.number().int().nullable().describe('Exports: how many records'),
  requestId: z.string().nullable(),
});
export const AccessReport = z.object({ items: z.array(AccessEntry), total: z.number().int() });

// --- Housing and households -------------------------------------------------------------------

export const RoomFields = z.strictObject({
  use: z.enum(['residential', 'commercial', 'office', 'mixed', 'storage', 'other']).default('residential'),
  areaM2: z.number().positive().max(99_999).nullable().optional(),
  rentalStatus: z.enum(['owner', 'rented', 'shared', 'vacant', 'other']).nullable().optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  ownerName: optStr(50),
  ownerPhone: optStr(30),
  note: optStr(500),
});
export const RoomCreate = RoomFields.extend(RoomAddress.shape);
/**
 * An edit: `ownerPhone` left out keeps the stored number (so a form need not reveal it to send it
 * back); `null` or '' removes it; a value replaces it.
 */
export const RoomUpdate = RoomFields.extend({ version: Version });

export const HouseholdMember = z.object({
  personId: z.uuid(),
  name: z.string(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  relationToHead: z.string().nullable(),
  residencyType: z.string(),
});
export const HouseholdView = z.object({
  id: z.uuid(),
  householdNo: z.string().nullable(),
  headPersonId: z.uuid().nullable(),
  members: z.array(HouseholdMember),
  version: z.number().int(),
});
export const RoomView = z.object({
  id: z.uuid(),
  unitNo: z.number().int(),
  roomNo: z.string(),
  floor: z.number().int().nullable(),
  use: z.string(),
  areaM2: z.number().nullable(),
  rentalStatus: z.string().nullable(),
  owner: z.object({
    personId: z.uuid().nullable(),
    name: z.string().nullable(),
    phoneMasked: z.string().nullable(),
  }),
  note: z.string().nullable(),
  households: z.array(HouseholdView),
  /** People living in the room but in no household of it (tenants, staff …). */
  residents: z.array(HouseholdMember),
  version: z.number().int(),
});
export const BuildingRegistry = z.object({
  building: z.object({
    code: z.string(),
    name: z.string(),
    floors: z.number().int(),
    grid: RegistryRef,
    community: RegistryRef,
  }),
  units: z.array(
    z.object({
      unitNo: z.number().int(),
      households: z.number().int().describe('Planned households'),
      rooms: z.array(RoomView),
    }),
  ),
  totals: z.object({
    rooms: z.number().int(),
    households: z.number().int(),
    people: z.number().int(),
    rented: z.number().int(),
  }),
  can: z.object({ edit: z.boolean(), reveal: z.boolean() }),
});
export const BuildingParams = z.strictObject({ code: z.string().regex(/^\d{18}$/) });
export const RoomRevealRequest = z.strictObject({
  field: z.enum(['ownerPhone']),
  reason: RevealRequest.shape.reason,
});
export const RoomRevealAnswer = z.object({ field: z.enum(['ownerPhone']), value: z.string().nullable() });

export const HouseholdCreate = z.strictObject({
  roomId: z.uuid(),
  householdNo: optStr(30),
  headPersonId: z.uuid().nullable().optional(),
});
export const HouseholdUpdate = z.strictObject({
  householdNo: optStr(30),
  headPersonId: z.uuid().nullable().optional(),
  version: Version,
});

// --- Organisations ------------------------------------------------------------------------------

export const OrganisationFields = z.strictObject({
  name: str(100),
  kind: str(20),
  uscc: optStr(18),
  legalRepName: optStr(50),
  legalRepIdNumber: optStr(18),
  contactName: optStr(50),
  contactPhone: optStr(30),
  address: optStr(200),
  buildingCode: z
    .string()
    .regex(/^\d{18}$/)
    .nullable()
    .optional(),
  gridCode: GridCode.optional().describe('Required when no building is given'),
  employees: z.number().int().min(0).nullable().optional(),
  hasPartyOrg: z.boolean().nullable().optional(),
  partyMembers: z.number().int().min(0).nullable().optional(),
});
/**
 * An edit: `legalRepIdNumber` and `contactPhone` left out keep the stored numbers (so a form need not
 * reveal them to send them back); `null` or '' removes one; a value replaces it.
 */
export const OrganisationUpdate = OrganisationFields.extend({ version: Version });
export const OrganisationView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  uscc: z.string().nullable(),
  legalRepName: z.string().nullable(),
  legalRepIdMasked: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhoneMasked: z.string().nullable(),
  address: z.string().nullable(),
  building: RegistryRef.nullable(),
  grid: RegistryRef,
  community: RegistryRef,
  employees: z.number().int().nullable(),
  hasPartyOrg: z.boolean(),
  partyMembers: z.number().int().nullable(),
  dualRegistered: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  can: z.object({ edit: z.boolean(), reveal: z.boolean(), delete: z.boolean() }),
});
export const OrganisationList = z.object({
  items: z.array(OrganisationView.omit({ can: true })),
  total: z.number().int(),
});
export const OrganisationQuery = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Name, address or credit code'),
  division: DivisionCode.optional(),
  grid: GridCode.optional(),
  kind: z.string().max(20).optional(),
  hasPartyOrg: Bool.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const OrgRevealRequest = z.strictObject({
  field: z.enum(['legalRepIdNumber', 'contactPhone']),
  reason: RevealRequest.shape.reason,
});
export const OrgRevealAnswer = z.object({ field: z.string(), value: z.string().nullable() });

// --- Care groups and visits ---------------------------------------------------------------------

export const CareTag = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  visitEveryDays: z.number().int(),
});
export const CareTagList = z.object({
  items: z.array(CareTag).describe('The care groups the caller may see'),
});
export const TagAssign = z.strictObject({
  code: z.string().max(40),
  taggedOn: IsoDate.optional().describe('Default: today (China)'),
  note: optStr(200),
});
export const CarePersonParams = z.strictObject({ id: z.uuid() });
export const PersonTagParams = z.strictObject({ id: z.uuid(), code: z.string().max(40) });

export const VisitCreate = z.strictObject({
  visitedOn: IsoDate,
  tagCodes: z.array(z.string().max(40)).max(20).default([]),
  findings: z.string().trim().min(2).max(2000),
  followUp: optStr(2000),
  needsFollowUp: z.boolean().default(false),
});
export const VisitView = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  tagCodes: z.array(z.string()),
  visitorName: z.string(),
  findings: z.string(),
  followUp: z.string().nullable(),
  needsFollowUp: z.boolean(),
  createdAt: z.string(),
});
export const VisitList = z.object({ items: z.array(VisitView) });

export const VisitScheduleQuery = z.strictObject({
  division: DivisionCode.optional(),
  grid: GridCode.optional(),
  state: z.enum(['overdue', 'due', 'ok', 'all']).default('all'),
  worker: z.uuid().optional().describe('Only the grids of this grid worker'),
});
export const VisitScheduleItem = z.object({
  personId: z.uuid(),
  personName: z.string(),
  address: z.string().nullable(),
  grid: RegistryRef,
  tag: z.object({ code: z.string(), name: z.string(), visitEveryDays: z.number().int() }),
  lastVisit: z.string().nullable(),
  dueOn: z.string(),
  state: z.enum(['overdue', 'due', 'ok']),
  overdueDays: z.number().int(),
  workers: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('Grid workers of the grid'),
});
export const VisitSchedule = z.object({
  items: z.array(VisitScheduleItem),
  byWorker: z.array(
    z.object({
      id: z.uuid().nullable(),
      name: z.string(),
      overdue: z.number().int(),
      due: z.number().int(),
      total: z.number().int(),
    }),
  ),
});

// --- 双报到 ---------------------------------------------------------------------------------------

export const DualRegistrationCreate = z.strictObject({
  personId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  communityCode: DivisionCode,
  registeredOn: IsoDate,
  services: optStr(500),
});
export const DualRegistrationView = z.object({
  id: z.uuid(),
  kind: z.enum(['member', 'unit']),
  personId: z.uuid().nullable(),
  organisationId: z.uuid().nullable(),
  name: z.string(),
  community: RegistryRef,
  registeredOn: z.string(),
  services: z.string().nullable(),
  endedOn: z.string().nullable(),
});
export const DualRegistrationList = z.object({
  items: z.array(DualRegistrationView),
  total: z.number().int(),
});
export const DualRegistrationParams = z.strictObject({ id: z.uuid() });
export const DualRegistrationEnd = z.strictObject({
  endedOn: IsoDate.optional().describe('Default: today (China)'),
});
export const DualRegistrationQuery = z.strictObject({
  division: DivisionCode.optional(),
  kind: z.enum(['member', 'unit']).optional(),
  active: Bool.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

// --- Imports ------------------------------------------------------------------------------------

export const ImportEntity = z.enum(['people', 'rooms', 'organisations']);
export const ImportMode = z.enum(['all_or_nothing', 'valid_only']);
export const ImportStatus = z.enum(['queued', 'running', 'done', 'rejected', 'failed']);
export const ImportJobView = z.object({
  id: z.uuid(),
  entity: ImportEntity,
  mode: ImportMode,
  status: ImportStatus,
  fileName: z.string(),
  fileBytes: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  progress: z.number().min(0).max(1).describe('Share of the file read'),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  hasErrorReport: z.boolean(),
  message: z.string().nullable(),
  /** The same file (by its sha256) was imported before: when. */
  sameFileImportedAt: z.string().nullable(),
});
export const ImportJobList = z.object({ items: z.array(ImportJobView) });
export const EntityParams = z.strictObject({ entity: ImportEntity });
