import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/**
 * react-admin's English with British wording where it differs, and the console's own labels.
 * Resource names are the GraphQL types (`Centre`), so their labels are set here.
 */
const messages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: {
      ...englishMessages.ra.auth,
      username: 'Email address',
      sign_in: 'Sign in',
      logout: 'Sign out',
      sign_in_error: 'Sign-in failed; please try again',
    },
    // Shown where canAccess refuses a page (an edit page for a read-only role, say).
    page: { ...englishMessages.ra.page, access_denied: 'No access' },
    message: { ...englishMessages.ra.message, access_denied: 'The role you are acting as does not give access to this page.' },
    notification: {
      ...englishMessages.ra.notification,
      logged_out: 'Your session has ended; please sign in again',
      updated: 'Saved |||| %{smart_count} records saved',
      created: 'Created',
      deleted: 'Deleted |||| %{smart_count} records deleted',
      // Also what a record of another organisation looks like: the server does not reveal it exists.
      item_doesnt_exist: 'This record does not exist, or you do not have access to it',
    },
  },
  resources: {
    Centre: {
      name: 'Centre |||| Centres',
      fields: {
        organisationId: 'Organisation',
        addressLine1: 'Address line 1',
        addressLine2: 'Address line 2',
        serviceTypes: 'Service types',
        referralRoutes: 'Referrals accepted from',
        openingPattern: 'Opening times',
        accessibilityNotes: 'Accessibility',
        feesNote: 'Fees',
        publiclyListed: 'Listed publicly',
        q: 'Search',
        serviceType: 'Service type',
        updatedAt: 'Last changed',
      },
    },
    Organisation: {
      name: 'Organisation |||| Organisations',
      fields: {
        charityNumber: 'Charity number',
        contactEmail: 'Contact email',
        membershipStatus: 'Membership',
        q: 'Search',
        updatedAt: 'Last changed',
      },
    },
    Person: {
      name: 'Person |||| People',
      fields: {
        fullName: 'Name',
        givenName: 'Given name',
        familyName: 'Family name',
        personType: 'Role',
        organisationId: 'Organisation',
        centreIds: 'Centres',
        centreId: 'Centre',
        startDate: 'Start date',
        leaveDate: 'Leave date',
        email: 'Email address',
        clearanceStatus: 'Clearance',
        clearanceExpiresOn: 'DBS current until',
        clearanceAction: 'Action needed',
        q: 'Search',
      },
    },
    DbsCheck: {
      name: 'DBS check |||| DBS checks',
      fields: { issueDate: 'Issue date', certificateNumber: 'Certificate number', decidedBy: 'Decided by', updateServiceSubscriptionId: 'Update Service subscription id' },
    },
    Course: {
      name: 'Course |||| Courses',
      fields: {
        code: 'Code',
        ocnLevel: 'OCN level',
        creditValue: 'OCN credits',
        guidedLearningHours: 'Guided learning hours',
        validityMonths: 'Valid for',
        active: 'Offered',
        q: 'Search',
        updatedAt: 'Last changed',
      },
    },
    CourseSession: {
      name: 'Session |||| Sessions',
      fields: { courseId: 'Course', startsAt: 'Starts', endsAt: 'Ends', onlineLink: 'Online link', updatedAt: 'Last changed' },
    },
    User: {
      name: 'User |||| Users',
      fields: { displayName: 'Name', email: 'Email address', lastLoginAt: 'Last signed in', active: 'Active', q: 'Search' },
    },
    AuditEvent: {
      name: 'Audit entry |||| Audit trail',
      fields: { occurredAt: 'When', actorUserId: 'By', entityType: 'Record', entityId: 'Record id', requestId: 'Request', ip: 'IP address' },
    },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English (UK)' }], {
  allowMissing: true,
});
