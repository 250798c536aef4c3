/** The attendance sheet of a session (a custom route, App.tsx). */
export const ATTENDANCE_ROUTE = '/CourseSession/:id/attendance';
export const attendancePath = (sessionId: string) => `/CourseSession/${encodeURIComponent(sessionId)}/attendance`;
