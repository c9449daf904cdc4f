/**
 * Each word of each person's name, lower-cased, kept by a trigger on users in the writing transaction
 * (0034_people_search_and_board_paging.sql), so a scheme's people are found by the start of any word of
 * their name through an index. Read-only to the application.
 */
export interface UserNameWordsTable {
  word: string;
  user_id: string;
}
