/** The demo territory: 甸柳新村街道, 历下区, 济南市 (codes from the national statistical division codes). */

export const DEMO_DISTRICT = { code: '370102', name: '历下区' } as const;

/** The package of statistical codes calls it 甸柳街道; residents and DOMAIN.md say 甸柳新村街道. */
export const DEMO_SUBDISTRICT = { code: '370102009', name: '甸柳新村街道' } as const;

export interface DemoCommunity {
  code: string;
  /** Official name of the residents' committee, as in the division codes. */
  name: string;
  /** The name used inside grid names (without 居民委员会). */
  shortName: string;
  /** The residential estate whose buildings the community holds, for building names. */
  estate: string;
}

export const DEMO_COMMUNITIES: readonly DemoCommunity[] = [
  {
    code: '370102009001',
    name: '甸柳新村第三社区居民委员会',
    shortName: '甸柳新村第三社区',
    estate: '甸柳新村三区',
  },
  {
    code: '370102009002',
    name: '甸柳新村第一社区居民委员会',
    shortName: '甸柳新村第一社区',
    estate: '甸柳新村一区',
  },
  {
    code: '370102009003',
    name: '甸柳新村第二社区居民委员会',
    shortName: '甸柳新村第二社区',
    estate: '甸柳新村二区',
  },
  {
    code: '370102009004',
    name: '甸柳新村第四社区居民委员会',
    shortName: '甸柳新村第四社区',
    estate: '甸柳新村四区',
  },
  {
    code: '370102009005',
    name: '甸柳新村第五社区居民委员会',
    shortName: '甸柳新村第五社区',
    estate: '甸柳新村五区',
  },
  {
    code: '370102009006',
    name: '甸柳新村甸北社区居民委员会',
    shortName: '甸柳新村甸北社区',
    estate: '甸柳新村北区',
  },
  {
    code: '370102009007',
    name: '甸柳新村甸南社区居民委员会',
    shortName: '甸柳新村甸南社区',
    estate: '甸柳新村南区',
  },
  { code: '370102009008', name: '吉祥苑社区居民委员会', shortName: '吉祥苑社区', estate: '吉祥苑小区' },
];

export const DISTRICT_PATH = DEMO_DISTRICT.code;
export const SUBDISTRICT_PATH = `${DISTRICT_PATH}.${DEMO_SUBDISTRICT.code}`;
export const communityPath = (communityCode: string): string => `${SUBDISTRICT_PATH}.${communityCode}`;
/** Grid codes start with their community's 12-digit code. */
export const gridPath = (gridCode: string): string => `${communityPath(gridCode.slice(0, 12))}.${gridCode}`;
export const microGridPath = (microCode: string): string =>
  `${gridPath(microCode.slice(0, 15))}.${microCode}`;
