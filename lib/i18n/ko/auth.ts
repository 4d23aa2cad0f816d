import type { Role } from "@/lib/domain/vocabulary";
import type { auth as enAuth } from "../en/auth";

const roles = {
  viewer: "열람자",
  editor: "편집자",
  admin: "관리자",
} satisfies Record<Role, string>;

/** The role a page or an address needs: "관리자 역할", "편집자 이상의 역할". */
const needed = (role: Role) => `${roles[role]}${role === "admin" ? "" : " 이상의"} 역할`;

/** Words for signing in and out, access checks, and the account rules (also the validation messages). */
export const auth: typeof enAuth = {
  roles,

  signIn: {
    title: "로그인",
    lede: "편집자와 관리자는 이곳에서 로그인하여 데이터를 변경합니다. 열람에는 계정이 필요하지 않습니다.",
    email: "이메일 주소",
    password: "비밀번호",
    submit: "로그인",
    submitting: "로그인 중…",
    /** The one message for an unknown account, a wrong password and a disabled account alike. */
    invalidCredentials: "이메일 주소 또는 비밀번호가 올바르지 않습니다.",
    /** Shown when the account or the network is locked; says nothing about whether the account exists. */
    locked: (minutes: number) => `로그인 실패 횟수가 너무 많습니다. ${minutes}분 동안 로그인이 중지되니 그 후에 다시 시도해 주십시오.`,
    /** Another process (an import) held the write lock for longer than sign-in waits. */
    busy: "다른 변경 사항을 기록하는 작업이 로그인 대기 시간보다 오래 걸리고 있습니다(명단 가져오기는 최대 1분 정도 걸립니다). 아직 로그인되지 않았으니 잠시 후 다시 시도해 주십시오.",
    errorSummary: "입력 내용에 문제가 있습니다:",
    signedInAs: (who: string) => `${who} 계정으로 로그인되어 있습니다.`,
  },

  signOut: {
    button: "로그아웃",
    /** The answer (503, plain text) when an import held the write lock for longer than sign-out waits. */
    busy: "다른 변경 사항을 기록하는 작업이 로그아웃 대기 시간보다 오래 걸리고 있습니다. 아직 로그인된 상태이니 이전 페이지로 돌아가 잠시 후 다시 로그아웃해 주십시오.",
  },

  forbidden: {
    title: "접근 권한 없음",
    generic: "계정의 역할로는 이 페이지를 이용할 수 없습니다. 필요하면 관리자에게 요청해 주십시오.",
    body: (role: Role, current: Role) => `이 페이지에는 ${needed(role)}이 필요합니다. 현재 계정의 역할은 ${roles[current]}입니다.`,
    home: "홈으로 이동",
    admin: "관리 홈으로 이동",
  },

  /** JSON errors of API routes (`{ "error": "…", "reason": "…" }`). */
  api: {
    unauthenticated: "먼저 로그인해 주십시오. 이 주소는 로그인 세션이 필요합니다.",
    forbidden: (role: Role) => `${needed(role)}이 필요합니다.`,
  },

  /** Validation messages of the account forms and commands (lib/validation/user.ts). */
  validation: {
    emailRequired: "이메일 주소를 입력해 주십시오.",
    emailInvalid: "name@example.org와 같은 형식의 이메일 주소를 입력해 주십시오.",
    emailTooLong: "이메일 주소는 254자 이내로 입력해 주십시오.",
    emailTaken: "이 이메일 주소로 등록된 계정이 이미 있습니다.",
    passwordRequired: "비밀번호를 입력해 주십시오.",
    passwordTooShort: (min: number) => `비밀번호는 ${min}자 이상으로 입력해 주십시오.`,
    passwordTooLong: (max: number) => `비밀번호는 ${max}자 이내로 입력해 주십시오.`,
    nameTooLong: (max: number) => `이름은 ${max}자 이내로 입력해 주십시오.`,
    roleInvalid: "역할을 선택해 주십시오(열람자, 편집자 또는 관리자).",
    userInvalid: "계정을 선택해 주십시오.",
    reasonTooLong: (max: number) => `사유는 ${max}자 이내로 입력해 주십시오.`,
  },

  /** Refusals of the account commands. */
  rules: {
    userNotFound: "해당 계정이 없습니다.",
    lastAdmin: "마지막 활성 관리자 계정입니다. 먼저 다른 계정을 관리자로 지정해 주십시오.",
    notAllowed: "활성 상태의 관리자만 계정을 관리할 수 있습니다.",
  },
};
