/*
 * validate_doc_update of a shared assessment's database (design document _design/coherence).
 * Runs inside CouchDB (QuickJS in CouchDB 3.4+, SpiderMonkey in older builds), so it is
 * plain ES5 with no require(). The design document builder (src/server/design-doc.ts)
 * takes the text from the word "function" below.
 *
 * Inputs: `this` is the design document; this.coherence = sharingRules(questionnaire)
 * (src/domain/sharing/rules.ts): sections, question -> section, the file format's limits.
 * secObj.coherence.people = the members list the share step copied into _security.
 *
 * Every refusal is {forbidden: "<code>: <plain words>"}; the code lets the app say why in
 * the user's language. Codes: not-member, reader, focal-point-only, wrong-section,
 * answered-by, activity-append-only, unknown-document, unknown-question, invalid,
 * cannot-delete, rules-missing.
 *
 * Server admins (role _admin) are the share step and backup replication: the rules about
 * people do not apply to them, the rules about shapes and the activity log do.
 */
function (newDoc, oldDoc, userCtx, secObj) {
  var R = this && this.coherence;
  var id = newDoc._id;
  var isAdmin = userCtx.roles.indexOf('_admin') !== -1;

  function refuse(code, message) { throw { forbidden: code + ': ' + message }; }
  function has(obj, key) { return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key); }
  function isString(v, min, max) { return typeof v === 'string' && v.length >= min && v.length <= max; }
  function isInt(v, min, max) { return typeof v === 'number' && Math.floor(v) === v && v >= min && v <= max; }
  function matches(v, pattern) { return typeof v === 'string' && new RegExp(pattern).test(v); }
  function contains(list, v) { for (var i = 0; i < list.length; i++) if (list[i] === v) return true; return false; }

  if (id.indexOf('_design/') === 0) {
    if (isAdmin) return;
    refuse('focal-point-only', 'only a server administrator may change the rules.');
  }
  if (!R || !R.limits) refuse('rules-missing', 'this database has no sharing rules; run the share step again.');
  var L = R.limits;

  function isId(v) { return isString(v, 1, L.maxName) && matches(v, L.idPattern); }
  // A real UTC date and time, as the app's timestamp check (src/domain/document/timestamp.ts).
  function isTime(v) {
    if (!isString(v, 1, L.maxIsoTime)) return false;
    var m = new RegExp(L.timestampPattern).exec(v);
    if (!m) return false;
    var year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
    var hour = Number(m[4]), minute = Number(m[5]), second = m[6] === undefined ? 0 : Number(m[6]);
    var daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return year >= L.firstTimestampYear && year <= L.lastTimestampYear && month >= 1 && month <= 12 &&
      day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
  }
  function isUserName(v) { return isString(v, 1, L.maxName) && matches(v, L.userNamePattern); }
  function check(ok, field, rule) { if (!ok) refuse('invalid', id + ': ' + field + ' ' + rule + '.'); }
  function onlyFields(doc, allowed) {
    for (var key in doc) {
      if (!has(doc, key)) continue;
      if (key === '_id' || key === '_rev' || key === '_revisions' || key === '_deleted') continue;
      if (!contains(allowed, key)) refuse('invalid', id + ': the field "' + String(key).slice(0, 60) + '" is not allowed.');
    }
  }
  function checkIdList(list, field, max, known) {
    check(Object.prototype.toString.call(list) === '[object Array]' && list.length <= max, field, 'must be a list of at most ' + max);
    for (var i = 0; i < list.length; i++) {
      check(isId(list[i]), field + '[' + i + ']', 'must be an id');
      if (known) check(contains(known, list[i]), field + '[' + i + ']', 'must be a section of the questionnaire');
      for (var j = 0; j < i; j++) check(list[j] !== list[i], field + '[' + i + ']', 'must not repeat an earlier entry');
    }
  }
  function checkAnswer(doc) {
    onlyFields(doc, ['choice', 'evidence', 'comment', 'answeredBy', 'updatedAt', 'carriedOver']);
    var c = doc.choice;
    check(c !== null && typeof c === 'object' && typeof c.kind === 'string', 'choice', 'must be an answer');
    if (c.kind === 'option') {
      onlyFields(c, ['kind', 'optionId']);
      check(isId(c.optionId), 'choice.optionId', 'must be an id');
    } else if (c.kind === 'dontKnow') {
      onlyFields(c, ['kind']);
    } else if (c.kind === 'notApplicable') {
      onlyFields(c, ['kind', 'reason']);
      check(isString(c.reason, 0, L.maxLongText), 'choice.reason', 'must be text of at most ' + L.maxLongText + ' characters');
    } else if (c.kind === 'number') {
      onlyFields(c, ['kind', 'value', 'year']);
      check(typeof c.value === 'number' && isFinite(c.value), 'choice.value', 'must be a number');
      check(isInt(c.year, L.firstFigureYear, L.lastFigureYear), 'choice.year', 'must be a year from ' + L.firstFigureYear + ' to ' + L.lastFigureYear);
    } else {
      check(false, 'choice.kind', 'must be option, dontKnow, notApplicable or number');
    }
    check(isString(doc.evidence, 0, L.maxLongText), 'evidence', 'must be text of at most ' + L.maxLongText + ' characters');
    check(isString(doc.comment, 0, L.maxLongText), 'comment', 'must be text of at most ' + L.maxLongText + ' characters');
    check(isString(doc.answeredBy, 0, L.maxName), 'answeredBy', 'must be text of at most ' + L.maxName + ' characters');
    check(isTime(doc.updatedAt), 'updatedAt', 'must be a date and time like 2026-01-31T09:00:00.000Z');
    // Optional, as in the file: copied from an earlier year and not yet confirmed.
    if (doc.carriedOver !== undefined) {
      check(doc.carriedOver !== null && typeof doc.carriedOver === 'object', 'carriedOver', 'must be { fromYear }');
      onlyFields(doc.carriedOver, ['fromYear']);
      check(isInt(doc.carriedOver.fromYear, 1990, 2100), 'carriedOver.fromYear', 'must be a year from 1990 to 2100');
    }
  }

  // Who is writing, from the _security object the share step wrote.
  var person = null;
  var people = secObj && secObj.coherence && secObj.coherence.people;
  if (people && typeof people.length === 'number') {
    for (var p = 0; p < people.length; p++) if (people[p] && people[p].name === userCtx.name) person = people[p];
  }
  if (!isAdmin) {
    if (!person || userCtx.name === null) refuse('not-member', (userCtx.name || 'an anonymous user') + ' is not a member of this assessment.');
    if (person.role === 'reader') refuse('reader', userCtx.name + ' may only read this assessment.');
    if (person.role !== 'focalPoint' && person.role !== 'contributor') refuse('not-member', userCtx.name + ' has no role in this assessment.');
  }
  var isFocalPoint = isAdmin || person.role === 'focalPoint';
  function focalPointOnly(what) { if (!isFocalPoint) refuse('focal-point-only', 'only the focal point may change ' + what + '.'); }

  var kind = id === 'details' || id === 'members' || id === 'completion' ? id
    : id.indexOf('answer:') === 0 ? 'answer'
    : id.indexOf('archive:') === 0 ? 'archive'
    : id.indexOf('activity:') === 0 ? 'activity'
    : null;
  if (kind === null) refuse('unknown-document', '"' + id.slice(0, 60) + '" is not a document of a shared assessment.');

  if (kind === 'activity') {
    // Append-only: a record is created once. An edit or a deletion always has an oldDoc.
    if (oldDoc || newDoc._deleted) refuse('activity-append-only', 'activity records are never changed or deleted.');
    onlyFields(newDoc, ['at', 'user', 'action', 'indicatorId', 'dimensionId']);
    check(isTime(newDoc.at), 'at', 'must be a date and time like 2026-01-31T09:00:00.000Z');
    check(isUserName(newDoc.user), 'user', 'must be a user name');
    check(contains(L.actions, newDoc.action), 'action', 'must be one of ' + L.actions.join(', '));
    if (has(newDoc, 'indicatorId')) check(isId(newDoc.indicatorId), 'indicatorId', 'must be an id');
    if (has(newDoc, 'dimensionId')) check(isId(newDoc.dimensionId), 'dimensionId', 'must be an id');
    var head = 'activity:' + newDoc.at + ':' + newDoc.user + ':';
    check(id.indexOf(head) === 0 && matches(id.slice(head.length), L.activityRandomPattern), '_id', 'must be activity:<at>:<user>:<8-32 lower-case letters or digits>');
    if (!isAdmin && newDoc.user !== userCtx.name) refuse('answered-by', 'an activity record must name its writer, ' + userCtx.name + '.');
    return;
  }

  if (kind === 'answer') {
    var indicatorId = id.slice('answer:'.length);
    check(isId(indicatorId), '_id', 'must be answer:<question id>');
    // An answer to a question the questionnaire does not have is kept, as in a file; it is
    // in nobody's section, so only the focal point may write it.
    if (!has(R.indicators, indicatorId) && !isFocalPoint) {
      refuse('unknown-question', '"' + indicatorId.slice(0, 60) + '" is not a question of ' + R.questionnaire.id + ' version ' + R.questionnaire.version + '.');
    }
    var section = R.indicators[indicatorId];
    if (!isFocalPoint && !contains(person.dimensions || [], section)) {
      refuse('wrong-section', 'question ' + indicatorId + ' is in section ' + section + ', which ' + userCtx.name + ' was not given.');
    }
    if (newDoc._deleted) return;
    checkAnswer(newDoc);
    if (!isAdmin && newDoc.answeredBy !== userCtx.name) refuse('answered-by', 'answeredBy must be the signed-in user, ' + userCtx.name + '.');
    return;
  }

  focalPointOnly(kind === 'archive' ? 'the archive' : 'the ' + kind);
  if (newDoc._deleted) {
    if (kind === 'archive') return;
    refuse('cannot-delete', 'the ' + kind + ' document is needed and cannot be deleted.');
  }

  if (kind === 'archive') {
    check(isId(id.slice('archive:'.length)), '_id', 'must be archive:<id>');
    checkAnswer(newDoc);
  } else if (kind === 'details') {
    onlyFields(newDoc, ['assessmentId', 'country', 'year', 'perspective', 'leadMinistry', 'title', 'questionnaire', 'createdAt', 'updatedAt']);
    check(isId(newDoc.assessmentId), 'assessmentId', 'must be an id');
    check(isString(newDoc.country, 1, L.maxName), 'country', 'must be text of 1 to ' + L.maxName + ' characters');
    check(isInt(newDoc.year, L.firstYear, L.lastYear), 'year', 'must be a year from ' + L.firstYear + ' to ' + L.lastYear);
    check(contains(L.perspectives, newDoc.perspective), 'perspective', 'must be one of ' + L.perspectives.join(', '));
    check(isString(newDoc.leadMinistry, 0, L.maxName), 'leadMinistry', 'must be text of at most ' + L.maxName + ' characters');
    check(isString(newDoc.title, 0, L.maxName), 'title', 'must be text of at most ' + L.maxName + ' characters');
    var q = newDoc.questionnaire;
    check(q !== null && typeof q === 'object', 'questionnaire', 'must name the questionnaire');
    onlyFields(q, ['id', 'version']);
    check(q.id === R.questionnaire.id && q.version === R.questionnaire.version, 'questionnaire', 'must be ' + R.questionnaire.id + ' version ' + R.questionnaire.version + ' (the questionnaire this database was shared with)');
    check(isTime(newDoc.createdAt), 'createdAt', 'must be a date and time like 2026-01-31T09:00:00.000Z');
    check(isTime(newDoc.updatedAt), 'updatedAt', 'must be a date and time like 2026-01-31T09:00:00.000Z');
    if (oldDoc && !oldDoc._deleted) {
      check(oldDoc.assessmentId === newDoc.assessmentId, 'assessmentId', 'cannot change');
      check(oldDoc.createdAt === newDoc.createdAt, 'createdAt', 'cannot change');
    }
  } else if (kind === 'completion') {
    onlyFields(newDoc, ['completedSections']);
    checkIdList(newDoc.completedSections, 'completedSections', L.maxSections, R.dimensions);
  } else if (kind === 'members') {
    onlyFields(newDoc, ['people']);
    var list = newDoc.people;
    check(Object.prototype.toString.call(list) === '[object Array]' && list.length >= 1 && list.length <= L.maxPeople, 'people', 'must be a list of 1 to ' + L.maxPeople + ' people');
    var names = [];
    var focalPoints = 0;
    for (var i = 0; i < list.length; i++) {
      var m = list[i];
      var at = 'people[' + i + ']';
      check(m !== null && typeof m === 'object', at, 'must be a person');
      onlyFields(m, ['name', 'role', 'dimensions']);
      check(isUserName(m.name), at + '.name', 'must be a user name');
      check(!contains(names, m.name), at + '.name', 'must not repeat an earlier person');
      names.push(m.name);
      check(contains(L.roles, m.role), at + '.role', 'must be one of ' + L.roles.join(', '));
      checkIdList(m.dimensions, at + '.dimensions', L.maxSections, R.dimensions);
      check(m.role === 'contributor' ? m.dimensions.length > 0 : m.dimensions.length === 0, at + '.dimensions', 'must list sections for a contributor and none for anyone else');
      if (m.role === 'focalPoint') focalPoints++;
    }
    check(focalPoints > 0, 'people', 'must include a focal point');
  }
}
