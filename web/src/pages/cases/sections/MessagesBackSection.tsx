import type { MessageBackView } from '../../../api/referrals.ts';
import { MessageBackLetter } from '../../../components/MessageBackLetter.tsx';
import { SECTIONS } from './sectionTypes.ts';

/** The messages sent back to the GP and the referrer, shown as the letters they read, each printable. */
export function MessagesBackSection({ messages }: { messages: MessageBackView[] }) {
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.messagesBack.id}>
      <h2 id={SECTIONS.messagesBack.id}>{SECTIONS.messagesBack.title}</h2>
      <p className="linkwork-no-print">
        {messages.length === 1 ? 'This message was' : 'These messages were'} sent to the GP and the referrer.
      </p>
      {messages.map((message) => (
        <MessageBackLetter key={message.id} message={message} headingLevel={3} />
      ))}
    </section>
  );
}
