/**
 * Routing and time-limit defaults of the case taxonomy. None of this is standard text: GB/T 47678.5
 * fixes codes and names only, and cities set departments and limits locally. These are the product's
 * starting values, edited by each deployment (PATCH /api/taxonomy/categories/:code or an import).
 * Department codes are those of the demo departments; a deployment maps its own departments to them.
 * The table is documented in packages/db/data/taxonomy/README.md.
 */

export type Level = 'grid' | 'community' | 'subdistrict' | 'department';
export type TimeUnit = 'urgent_hours' | 'working_hours' | 'working_days' | 'calendar_days';
export interface Limit {
  amount: number;
  unit: TimeUnit;
}
export interface Limits {
  accept: Limit;
  handle: Limit;
  verify: Limit;
}

const wh = (amount: number): Limit => ({ amount, unit: 'working_hours' });
const wd = (amount: number): Limit => ({ amount, unit: 'working_days' });
const uh = (amount: number): Limit => ({ amount, unit: 'urgent_hours' });

/**
 * By handling level, after the seed's rule (inside the grid 1 day; needs subdistrict coordination
 * 3 days; 街道吹哨、部门报到 5 days). A community case gets 3 working days, as 胶州's normal limit.
 */
export const LEVEL_LIMITS: Record<Level, Limits> = {
  grid: { accept: wh(2), handle: wd(1), verify: wd(1) },
  community: { accept: wh(2), handle: wd(3), verify: wd(1) },
  subdistrict: { accept: wh(2), handle: wd(3), verify: wd(1) },
  department: { accept: wh(2), handle: wd(5), verify: wd(1) },
};

/** Dangers to people (open manholes, gas, fire lanes, elevators): the clock runs round the clock. */
export const URGENT_LIMITS: Limits = { accept: uh(1), handle: uh(24), verify: wd(1) };

export interface Routing {
  level: Level;
  lead: string | null;
  assist?: string[];
  urgent?: boolean;
  /** Words residents use, added to those derived from the name. */
  keywords?: string[];
}

/** Defaults of each GB/T 47678.5 big class; its items inherit them unless overridden below. */
export const GBT_CLASS_ROUTING: Record<string, Routing> = {
  '01': { level: 'department', lead: 'cgzf' }, // 市政公用设施
  '02': { level: 'department', lead: 'cgzf' }, // 交通设施
  '03': { level: 'grid', lead: 'cgzf' }, // 市容环卫设施
  '04': { level: 'department', lead: 'cgzf' }, // 园林绿化设施
  '05': { level: 'department', lead: 'zj' }, // 其他管理部件
  '06': { level: 'grid', lead: 'cgzf' }, // 市容环境类
  '07': { level: 'community', lead: 'cgzf' }, // 宣传广告类
  '08': { level: 'department', lead: 'zj', assist: ['cgzf'] }, // 施工管理类
  '09': { level: 'community', lead: 'cgzf' }, // 街面秩序类
  '10': { level: 'department', lead: 'cgzf' }, // 其他事项类
};

const MANHOLES = [
  '01001',
  '01002',
  '01003',
  '01004',
  '01005',
  '01006',
  '01007',
  '01008',
  '01009',
  '01010',
  '01011',
  '01012',
  '01014',
  '01015',
  '01017',
  '01018',
  '01019',
  '01020',
  '01021',
  '01022',
  '01023',
  '01026',
];
const WATER = [
  '01001',
  '01002',
  '01003',
  '01004',
  '01018',
  '01019',
  '01024',
  '01025',
  '01056',
  '01063',
  '01067',
  '01068',
  '01069',
  '01070',
  '01071',
  '01072',
  '01073',
  '02030',
];
const TRAFFIC_POLICE = [
  '02010',
  '02011',
  '02014',
  '02015',
  '02016',
  '02017',
  '02018',
  '02019',
  '02020',
  '02022',
  '02023',
  '02033',
  '02039',
  '02043',
];
const BRIDGES_TUNNELS = ['02006', '02007', '02008', '02009', '02042', '02044'];
const PLACE_NAMES = ['02012', '02013', '02036', '02038'];
const MONITORING = ['03009', '03010', '03011', '03012', '03013'];
const GAS = ['01011', '01021', '01036', '01049', '01057'];
const HEATING = ['01010', '01061'];
const POLICE_FACILITIES = ['01012', '01050', '01051', '01066'];
const STREET_REPAIRS = ['06013', '06049', '06050', '06051', '06052'];
const WATERWAYS = ['06015', '06023', '06024', '06025', '06046'];

type Override = Partial<Routing>;
const each = (codes: string[], o: Override) => Object.fromEntries(codes.map((c) => [c, o]));
const merge = (...parts: Record<string, Override>[]) => {
  const out: Record<string, Override> = {};
  for (const part of parts) for (const [code, o] of Object.entries(part)) out[code] = { ...out[code], ...o };
  return out;
};

/** Item overrides of the class defaults, by GB/T code. */
export const GBT_ITEM_ROUTING: Record<string, Override> = merge(
  each(MANHOLES, { urgent: true }),
  each(WATER, { lead: 'sw' }),
  each(GAS, { lead: 'zj', assist: ['yjgl'] }),
  { '01049': { urgent: true }, '01057': { urgent: true } },
  each(HEATING, { lead: 'zj' }),
  each(POLICE_FACILITIES, { lead: 'ga' }),
  { '01013': { lead: 'xf' }, '01076': { lead: 'scjg', assist: ['zj'], urgent: true } },
  each(TRAFFIC_POLICE, { lead: 'ga' }),
  each(BRIDGES_TUNNELS, { lead: 'zj' }),
  each(PLACE_NAMES, { lead: 'mz' }),
  { '02035': { lead: 'yjgl' } },
  each(MONITORING, { level: 'department', lead: 'sthj' }),
  {
    '03003': { level: 'department', lead: 'sw' },
    '03006': { level: 'department' },
    '03007': { level: 'department' },
    '05003': { lead: 'yjgl' },
  },
  // 06 市容环境: what a grid worker cannot settle goes up.
  {
    '06001': { level: 'department', assist: ['zj'] },
    '06002': { level: 'subdistrict' },
    '06003': { level: 'subdistrict' },
    '06004': { level: 'community' },
    '06005': { level: 'community' },
    '06008': { level: 'subdistrict' },
    '06009': { level: 'community' },
  },
  each(STREET_REPAIRS, { level: 'department' }),
  each(WATERWAYS, { level: 'department', lead: 'sw' }),
  {
    '06016': { level: 'department', lead: 'ga' },
    '06020': { assist: ['sthj'] },
    '06021': { level: 'department' },
    '06022': { level: 'department' },
    '06026': { level: 'department', lead: 'sthj', assist: ['sw'] },
    '06027': { level: 'subdistrict', assist: ['sthj'] },
    '06028': { level: 'subdistrict', assist: ['ga', 'sthj'] },
    '06029': { level: 'community' },
    '06030': { level: 'department', lead: 'sw', assist: ['sthj'] },
    '06032': { level: 'department', lead: 'sthj', assist: ['cgzf'] },
    '06033': { level: 'department', lead: 'wj', assist: ['sthj'] },
    '06034': { level: 'subdistrict', assist: ['ga'] },
    '06038': { level: 'community' },
    '06039': { level: 'subdistrict' },
    '06040': { level: 'community' },
    '06043': { level: 'community' },
    '06044': { level: 'community' },
    '06045': { level: 'department' },
    '06047': { level: 'community' },
    '06048': { level: 'department', lead: 'zj' },
  },
  // 07 宣传广告: posters and flyers are torn down in the grid; signboards need enforcement.
  {
    '07001': { level: 'grid' },
    '07002': { level: 'grid' },
    '07003': { level: 'department' },
    '07004': { level: 'department' },
    '07006': { level: 'department' },
  },
  // 08 施工管理
  {
    '08001': { assist: ['cgzf', 'sthj'] },
    '08002': { lead: 'cgzf', assist: ['zj'] },
    '08003': { lead: 'cgzf', assist: ['zj'] },
    '08004': { assist: ['sthj', 'cgzf'] },
    '08011': { lead: 'cgzf', assist: ['ga'] },
    '08012': { lead: 'cgzf', assist: ['zj'] },
    '08013': { assist: ['yjgl'], urgent: true },
  },
  // 09 街面秩序
  {
    '09003': { level: 'department', lead: 'mz', assist: ['ga'] },
    '09008': { level: 'department', lead: 'ga', assist: ['cgzf'] },
    '09009': { level: 'department', lead: 'ga', assist: ['cgzf'] },
    '09010': { level: 'grid' },
    '09012': { level: 'department', lead: 'xf', assist: ['ga', 'cgzf'], urgent: true },
    '09013': { level: 'department', lead: 'scjg' },
    '09014': { level: 'department', lead: 'ga' },
    '09015': { level: 'department', lead: 'scjg' },
    '09016': { level: 'department', assist: ['ga'] },
    '09017': { level: 'department' },
    '09018': { level: 'department', lead: 'ga' },
    '09020': { level: 'department', lead: 'scjg', assist: ['cgzf'] },
  },
  { '10001': { level: 'subdistrict', urgent: true }, '10002': { urgent: true } },
  // Words residents use.
  {
    '01011': { keywords: ['燃气井盖'] },
    '01013': { keywords: ['消火栓', '消防栓'] },
    '01023': { keywords: ['井盖丢失', '井盖破损', '井盖缺失'] },
    '01037': { keywords: ['路灯不亮', '灯不亮', '路灯坏'] },
    '01054': { keywords: ['充电桩'] },
    '01057': { keywords: ['燃气管道'] },
    '01076': { keywords: ['电梯'] },
    '02014': { keywords: ['红绿灯', '信号灯'] },
    '03001': { keywords: ['厕所', '公厕'] },
    '03005': { keywords: ['垃圾桶'] },
    '04002': { keywords: ['树木倒伏', '倒伏', '树枝'] },
    '06001': { keywords: ['违建', '违章建筑', '乱搭乱建'] },
    '06007': { keywords: ['晾晒'] },
    '06010': { keywords: ['乱扔垃圾', '乱扔', '垃圾堆'] },
    '06011': { keywords: ['积存垃圾', '建筑垃圾'] },
    '06012': { keywords: ['路面脏'] },
    '06013': { keywords: ['坑洼', '路面破损', '路面塌陷'] },
    '06020': { keywords: ['焚烧', '烧垃圾', '烧树叶'] },
    '06027': { keywords: ['油烟'] },
    '06028': { keywords: ['噪声', '噪音', '扰民', '太吵'] },
    '06029': { keywords: ['烧烤'] },
    '06034': { keywords: ['僵尸车'] },
    '06036': { keywords: ['乱堆', '乱堆物料', '堆物', '堆放杂物'] },
    '06037': { keywords: ['死猫', '死狗'] },
    '06040': { keywords: ['地锁'] },
    '06041': { keywords: ['垃圾分类'] },
    '06042': { keywords: ['满溢', '垃圾桶满', '垃圾满了'] },
    '07001': { keywords: ['小广告', '牛皮癣', '乱贴', '乱涂乱画'] },
    '08001': { keywords: ['施工噪音', '夜间施工'] },
    '08004': { keywords: ['扬尘'] },
    '09001': { keywords: ['游商', '小贩'] },
    '09003': { keywords: ['乞讨', '流浪'] },
    '09006': { keywords: ['摆摊', '占道', '小摊'] },
    '09009': { keywords: ['乱停车', '违停', '乱停'] },
    '09010': { keywords: ['电动车乱停', '自行车乱停'] },
    '09012': { keywords: ['消防通道'] },
    '10001': { keywords: ['积雪', '结冰'] },
  },
);

/** Nouns that head a compound name: '暴露垃圾' also answers to '垃圾', '供水井盖' to '井盖'. */
export const HEAD_NOUNS = [
  '井盖',
  '垃圾',
  '渣土',
  '广告',
  '护栏',
  '立杆',
  '杂物',
  '污水',
  '电梯',
  '管道',
  '配电箱',
  '指示牌',
  '标识牌',
  '显示屏',
  '监测站',
  '停车场',
  '路名牌',
];

export interface OwnItem extends Routing {
  code: string;
  name: string;
}

export interface OwnClass {
  code: string;
  name: string;
  kind: 'dispute' | 'hazard' | 'livelihood' | 'property';
  routing: Routing;
  items: OwnItem[];
}

/**
 * Dispute (矛盾纠纷) routing: mediation in the community, the justice bureau (司法所) leading;
 * types owned by another department are led by it. Codes JF + the CSV code (01–27, 99 其他).
 */
export const DISPUTE_CLASS: Omit<OwnClass, 'items'> = {
  code: 'JF',
  name: '矛盾纠纷',
  kind: 'dispute',
  routing: { level: 'community', lead: 'sf' },
};
export const DISPUTE_ROUTING: Record<string, Override> = {
  '01': { level: 'subdistrict', keywords: ['信访', '上访'] },
  '02': { level: 'subdistrict', lead: 'ga', urgent: true, keywords: ['不稳定', '聚集'] },
  '03': { assist: ['mz'], keywords: ['家庭矛盾', '离婚', '赡养', '抚养'] },
  '04': { keywords: ['邻居', '邻里矛盾', '漏水纠纷'] },
  '05': { lead: 'sthj', assist: ['sf'] },
  '06': { lead: 'zj', assist: ['sf'] },
  '07': { lead: 'zj', assist: ['sf'], keywords: ['物业纠纷', '物业费'] },
  '11': { lead: 'rs', assist: ['sf'], keywords: ['欠薪', '拖欠工资', '讨薪', '劳动纠纷'] },
  '12': { lead: 'zj', assist: ['sf'], keywords: ['拆迁', '征地'] },
  '13': { lead: 'mz' },
  '14': { keywords: ['宅基地'] },
  '21': { lead: 'wj', assist: ['sf'], keywords: ['医疗纠纷', '医闹'] },
  '25': { lead: 'yjgl', assist: ['ga'], keywords: ['交通事故', '生产安全'] },
  '26': { lead: 'wj' },
  '27': { keywords: ['合同纠纷', '合同'] },
};

export const OWN_CLASSES: OwnClass[] = [
  {
    code: 'AQ',
    name: '治安/安全隐患',
    kind: 'hazard',
    routing: { level: 'subdistrict', lead: 'ga' },
    items: [
      {
        code: 'AQ01',
        name: '消防通道堵塞',
        level: 'subdistrict',
        lead: 'xf',
        assist: ['cgzf'],
        urgent: true,
        keywords: ['消防通道', '消防通道堵', '生命通道', '楼道堆物', '杂物', '堆物'],
      },
      {
        code: 'AQ02',
        name: '燃气隐患',
        level: 'department',
        lead: 'zj',
        assist: ['yjgl', 'xf'],
        urgent: true,
        keywords: ['燃气', '煤气', '漏气', '燃气泄漏', '液化气', '煤气罐'],
      },
      {
        code: 'AQ03',
        name: '电动车违规充电',
        level: 'subdistrict',
        lead: 'xf',
        urgent: true,
        keywords: ['电动车充电', '电瓶车', '飞线充电', '楼道充电', '入户充电', '充电'],
      },
      {
        code: 'AQ04',
        name: '电梯故障',
        level: 'department',
        lead: 'scjg',
        assist: ['zj'],
        urgent: true,
        keywords: ['电梯', '困人', '电梯坏', '电梯停运'],
      },
      {
        code: 'AQ05',
        name: '高空抛物',
        level: 'department',
        lead: 'ga',
        keywords: ['抛物', '坠物', '高空坠物', '扔东西'],
      },
      {
        code: 'AQ06',
        name: '私拉乱接电线',
        level: 'subdistrict',
        lead: 'xf',
        assist: ['zj'],
        urgent: true,
        keywords: ['私拉乱接', '乱接电线', '电线', '飞线'],
      },
      {
        code: 'AQ07',
        name: '治安隐患',
        level: 'department',
        lead: 'ga',
        keywords: ['治安', '盗窃', '偷盗', '可疑人员', '打架', '斗殴'],
      },
      {
        code: 'AQ08',
        name: '安全生产隐患',
        level: 'department',
        lead: 'yjgl',
        keywords: ['安全生产', '危化品', '危险化学品', '易燃易爆'],
      },
      {
        code: 'AQ09',
        name: '房屋安全隐患',
        level: 'department',
        lead: 'zj',
        urgent: true,
        keywords: ['危房', '墙体开裂', '房屋开裂', '坍塌', '外墙脱落'],
      },
      {
        code: 'AQ10',
        name: '消防设施缺损',
        level: 'subdistrict',
        lead: 'xf',
        keywords: ['灭火器', '消火栓', '烟感', '消防器材'],
      },
      {
        code: 'AQ11',
        name: '食品安全隐患',
        level: 'department',
        lead: 'scjg',
        keywords: ['食品安全', '过期食品', '变质', '食物中毒'],
      },
      {
        code: 'AQ12',
        name: '群租房隐患',
        level: 'subdistrict',
        lead: 'ga',
        assist: ['xf', 'zj'],
        keywords: ['群租', '群租房', '隔断房'],
      },
    ],
  },
  {
    code: 'MS',
    name: '民生服务',
    kind: 'livelihood',
    routing: { level: 'community', lead: 'mz' },
    items: [
      {
        code: 'MS01',
        name: '社会保障',
        level: 'community',
        lead: 'rs',
        keywords: ['社保', '医保', '养老保险'],
      },
      { code: 'MS02', name: '最低生活保障', level: 'community', lead: 'mz', keywords: ['低保', '低保户'] },
      {
        code: 'MS03',
        name: '养老服务',
        level: 'community',
        lead: 'mz',
        keywords: ['养老', '老年人', '高龄', '助餐'],
      },
      {
        code: 'MS04',
        name: '残疾人服务',
        level: 'community',
        lead: 'mz',
        keywords: ['残疾', '残疾人', '残疾证'],
      },
      {
        code: 'MS05',
        name: '医疗卫生',
        level: 'community',
        lead: 'wj',
        keywords: ['看病', '医疗', '疫苗', '卫生室'],
      },
      {
        code: 'MS06',
        name: '就业服务',
        level: 'community',
        lead: 'rs',
        keywords: ['就业', '找工作', '失业'],
      },
      {
        code: 'MS07',
        name: '临时救助',
        level: 'community',
        lead: 'mz',
        keywords: ['救助', '困难', '生活困难'],
      },
      {
        code: 'MS08',
        name: '困境儿童关爱',
        level: 'community',
        lead: 'mz',
        keywords: ['留守儿童', '困境儿童'],
      },
      {
        code: 'MS09',
        name: '户籍证照',
        level: 'community',
        lead: 'ga',
        keywords: ['户口', '身份证', '居住证'],
      },
      {
        code: 'MS10',
        name: '欠薪求助',
        level: 'department',
        lead: 'rs',
        keywords: ['欠薪', '拖欠工资', '讨薪'],
      },
    ],
  },
  {
    code: 'WY',
    name: '物业管理',
    kind: 'property',
    routing: { level: 'community', lead: 'zj' },
    items: [
      {
        code: 'WY01',
        name: '物业服务',
        level: 'community',
        lead: 'zj',
        keywords: ['物业', '物业公司', '物业费'],
      },
      {
        code: 'WY02',
        name: '电梯维保',
        level: 'community',
        lead: 'zj',
        assist: ['scjg'],
        keywords: ['电梯维保', '电梯维修', '电梯'],
      },
      {
        code: 'WY03',
        name: '车库漏水',
        level: 'community',
        lead: 'zj',
        keywords: ['车库', '漏水', '地下车库'],
      },
      { code: 'WY04', name: '小区绿化', level: 'community', lead: 'zj', keywords: ['绿化', '草坪', '修剪'] },
      {
        code: 'WY05',
        name: '停车管理',
        level: 'community',
        lead: 'zj',
        keywords: ['停车', '车位', '停车难'],
      },
      { code: 'WY06', name: '小区环境卫生', level: 'community', lead: 'zj', keywords: ['保洁', '楼道卫生'] },
      {
        code: 'WY07',
        name: '公共部位维修',
        level: 'community',
        lead: 'zj',
        keywords: ['维修基金', '楼道灯', '单元门', '屋顶漏雨', '漏雨'],
      },
      { code: 'WY08', name: '装修扰民', level: 'community', lead: 'zj', keywords: ['装修', '装修噪音'] },
      { code: 'WY09', name: '充电设施', level: 'community', lead: 'zj', keywords: ['车棚', '充电桩'] },
      { code: 'WY10', name: '供暖', level: 'department', lead: 'zj', keywords: ['暖气', '供暖', '暖气不热'] },
      {
        code: 'WY11',
        name: '二次供水',
        level: 'department',
        lead: 'sw',
        keywords: ['停水', '水压', '水压低', '自来水'],
      },
    ],
  },
];
