import { TextInput } from './form/TextInput.tsx';

interface CredentialsProps {
  /** Field names, unique on the page (the sign-in page and the dialog over another page use different ones). */
  emailName: string;
  passwordName: string;
  email: string;
  password: string;
  onEmailChange: (value: string) => void;
  onPasswordChange: (value: string) => void;
  errorFor: (field: string) => string | undefined;
}

/** The email and password of a sign-in, labelled and autocompleted for password managers; one place for both forms. */
export function CredentialsFields(props: CredentialsProps) {
  return (
    <>
      <TextInput
        name={props.emailName}
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={props.email}
        onChange={props.onEmailChange}
        error={props.errorFor(props.emailName)}
      />
      <TextInput
        name={props.passwordName}
        label="Password"
        type="password"
        autoComplete="current-password"
        value={props.password}
        onChange={props.onPasswordChange}
        error={props.errorFor(props.passwordName)}
      />
    </>
  );
}

interface SecurityCodeProps {
  name: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A one-time security code from an authenticator app: numeric keypad, autofill from the app, short width. */
export function SecurityCodeField(props: SecurityCodeProps) {
  return (
    <TextInput
      name={props.name}
      label="Security code"
      hint={props.hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      widthClass="nhsuk-input--width-10"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  );
}
