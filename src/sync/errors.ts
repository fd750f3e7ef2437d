// Errors a person can act on, in both languages; the code says which kind for tests and the status.

export type Text = { zh: string; en: string };

export type SyncErrorCode =
  | 'unreachable'
  | 'credentials'
  | 'forbidden'
  | 'missing-database'
  | 'not-a-team'
  | 'team-damaged'
  | 'weak-team-key'
  | 'passphrase'
  | 'vault-off'
  | 'vault-locked'
  | 'bad-url'
  | 'not-joined'
  | 'joined'
  | 'server'
  | 'local';

const TEXTS: Record<Exclude<SyncErrorCode, 'server' | 'local'>, Text> = {
  unreachable: { zh: '连不上团队的服务器：请检查网络和数据库地址，恢复后会自动继续同步。', en: 'the team’s server cannot be reached: check the network and the database URL; sync resumes by itself once it answers' },
  credentials: { zh: '服务器拒绝了用户名或密码：请核对您的 CouchDB 账号。', en: 'the server refused the user name or password: check your CouchDB account' },
  forbidden: { zh: '该账号不是这个团队数据库的成员：请管理员在数据库的 _security 中加入您。', en: 'this account is not a member of the team’s database: ask the administrator to add you to its _security members' },
  'missing-database': { zh: '服务器上没有这个数据库：请核对地址，或请管理员先创建它。', en: 'the database does not exist on the server: check the URL or ask the administrator to create it' },
  'not-a-team': { zh: '这个数据库已有其他内容，不是备案助手的团队数据库：请换一个空数据库。', en: 'this database holds other documents and is not a Beian Assistant team database: use an empty one' },
  'team-damaged': { zh: '团队数据库里的密钥说明已损坏，无法打开：请联系管理员。', en: 'the team database’s key document is damaged and cannot be opened: contact the administrator' },
  'weak-team-key': { zh: '团队数据库的密钥强度低于要求，已拒绝加入。', en: 'the team database’s key is weaker than required: joining was refused' },
  passphrase: { zh: '团队口令不对：没有读取也没有写入任何内容。', en: 'the team passphrase is wrong: nothing was read or written' },
  'vault-off': { zh: '请先在“加密”中开启资料库加密：服务器账号的密码只能加密保存。', en: 'turn on the vault first: the server account’s password is only ever stored sealed by it' },
  'vault-locked': { zh: '资料库已锁定：解锁后同步继续。', en: 'the vault is locked: sync goes on once it is unlocked' },
  'bad-url': { zh: '数据库地址应为 http(s)://服务器/数据库名，且不含用户名和密码。', en: 'the database URL must be http(s)://server/database, without a user name or password in it' },
  'not-joined': { zh: '尚未加入团队。', en: 'not in a team' },
  joined: { zh: '已经加入了一个团队：请先退出。', en: 'already in a team: leave it first' },
};

export class SyncError extends Error {
  readonly text: Text;
  constructor(
    readonly code: SyncErrorCode,
    text?: Text,
  ) {
    const said = text ?? (code === 'server' ? { zh: '服务器出错', en: 'the server failed' } : code === 'local' ? { zh: '本机同步出错', en: 'sync failed in this browser' } : TEXTS[code]);
    super(`${said.zh} · ${said.en}`);
    this.name = 'SyncError';
    this.text = said;
  }
}

const field = (error: unknown, key: string): unknown => (typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined);

/** Network failures as Node's and the browsers' fetch report them (PouchDB passes them on without a status). */
const NETWORK = /fetch|network|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|socket hang up/i;

/** What a PouchDB, HTTP, network or store failure means to the agent. Never repeats a URL or credential. */
export function explain(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (error instanceof Error && error.name === 'VaultLockedError') return new SyncError('vault-locked');
  const status = field(error, 'status');
  const name = field(error, 'error') ?? field(error, 'name');
  const message = String(field(error, 'reason') ?? field(error, 'message') ?? '');
  // PouchDB Server (and CouchDB before 3) answer a valid account that is not a member with 401 and this reason.
  if ((status === 401 || name === 'unauthorized') && /not authori[sz]ed to access/i.test(message)) return new SyncError('forbidden');
  if (status === 401 || name === 'unauthorized') return new SyncError('credentials');
  if (status === 403 || name === 'forbidden') return new SyncError('forbidden');
  if (name === 'not_found' && /no_db_file|Database does not exist/i.test(message)) return new SyncError('missing-database');
  if (status === 0 || (typeof status === 'number' && status >= 502) || (status === undefined && NETWORK.test(`${String(name)} ${message} ${String(field(error, 'code') ?? '')}`))) {
    return new SyncError('unreachable');
  }
  if (typeof status !== 'number') return new SyncError('local', { zh: `本机同步出错：${message || String(error)}`, en: `sync failed in this browser: ${message || String(error)}` });
  return new SyncError('server', { zh: `服务器出错（${status}）：${message || String(name)}`, en: `the server failed (${status}): ${message || String(name)}` });
}
