// The Journey matrix preview, run inside the webview. It draws the server's matrix model
// (sent by the extension as `update` messages) as a persona × phase table, and posts back what
// the user asks for (reveal a line, add a piece, open a link, export).
// Safety: every text from the plan reaches the page through textContent or an attribute set by
// the DOM API, never as parsed HTML; incoming messages are validated before use.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();

  const STATUSES = ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired'];
  const FILTER_KEYS = ['status', 'type', 'channel', 'owner'];

  // The page's language is the editor's (the shell sets <html lang>); status words stay as in the YAML.
  const STRINGS = {
    en: {
      preview: 'Journey preview',
      locked: 'locked',
      loading: 'Loading the plan…',
      waiting: 'Waiting for the Journey language server…',
      unreadable: 'The matrix appears once the plan can be read.',
      syntaxError: (line) => `YAML syntax error on line ${line}: `,
      stale: ' — showing the last readable version of the plan.',
      coverage: (f, e, p, m) => `Coverage ${f}/${e} cells (${p}%) · min-per-cell ${m}`,
      announce: (f, e) => `Coverage ${f} of ${e} cells`,
      filters: { status: 'Status', type: 'Type', channel: 'Channel', owner: 'Owner' },
      all: 'All',
      notSet: '(not set)',
      several: (n) => `(${n} selected)`,
      clear: 'Clear filters',
      legend: 'Legend',
      gap: 'gap',
      ignoredLegend: 'not expected (rules.ignore)',
      keys: 'Arrow keys move between cells · Enter goes into a cell · Escape comes back',
      stages: { buyer: 'Buyer journey', customer: 'Customer journey' },
      caption: 'Content per persona (rows) and journey phase (columns)',
      persona: 'Persona',
      pieces: (n) => (n === 1 ? '1 piece' : `${n} pieces`),
      filled: (f, e) => `${f}/${e} filled`,
      notExpected: 'Not expected',
      notExpectedLabel: 'not expected (ignored)',
      gapReason: (c, m) => (c === 0 ? 'Gap: no content' : `Gap: ${c} of ${m}`),
      gapLabel: (c, m) => (c === 0 ? 'gap, no content' : `gap, ${c} of ${m} pieces`),
      retired: (n) => `${n} retired`,
      hidden: (n) => `${n} hidden by filters`,
      add: '+ Add a content piece here',
      addLabel: (persona, phase) => `Add a content piece for ${persona} × ${phase}`,
      fixFirst: 'Fix the syntax error first',
      untitled: '(untitled)',
      goTo: (line) => `Go to line ${line}`,
      open: (url) => `Open ${url}`,
    },
    nl: {
      preview: 'Journey-voorbeeld',
      locked: 'vastgezet',
      loading: 'Het plan wordt geladen…',
      waiting: 'Wachten op de Journey-taalserver…',
      unreadable: 'De matrix verschijnt zodra het plan te lezen is.',
      syntaxError: (line) => `YAML-syntaxfout op regel ${line}: `,
      stale: ' — de laatste leesbare versie van het plan wordt getoond.',
      coverage: (f, e, p, m) => `Dekking ${f}/${e} cellen (${p}%) · min-per-cell ${m}`,
      announce: (f, e) => `Dekking ${f} van ${e} cellen`,
      filters: { status: 'Status', type: 'Type', channel: 'Kanaal', owner: 'Eigenaar' },
      all: 'Alle',
      notSet: '(niet ingevuld)',
      several: (n) => `(${n} geselecteerd)`,
      clear: 'Filters wissen',
      legend: 'Legenda',
      gap: 'gat',
      ignoredLegend: 'niet verwacht (rules.ignore)',
      keys: 'Pijltjestoetsen gaan van cel naar cel · Enter gaat een cel in · Escape gaat terug',
      stages: { buyer: 'Koperstraject', customer: 'Klanttraject' },
      caption: 'Content per persona (rijen) en fase van de klantreis (kolommen)',
      persona: 'Persona',
      pieces: (n) => (n === 1 ? '1 stuk' : `${n} stukken`),
      filled: (f, e) => `${f}/${e} gevuld`,
      notExpected: 'Niet verwacht',
      notExpectedLabel: 'niet verwacht (genegeerd)',
      gapReason: (c, m) => (c === 0 ? 'Gat: geen content' : `Gat: ${c} van ${m}`),
      gapLabel: (c, m) => (c === 0 ? 'gat, geen content' : `gat, ${c} van ${m} stukken`),
      retired: (n) => `${n} retired`,
      hidden: (n) => `${n} verborgen door filters`,
      add: '+ Hier een contentstuk toevoegen',
      addLabel: (persona, phase) => `Een contentstuk toevoegen voor ${persona} × ${phase}`,
      fixFirst: 'Herstel eerst de syntaxfout',
      untitled: '(zonder titel)',
      goTo: (line) => `Naar regel ${line}`,
      open: (url) => `${url} openen`,
    },
  };
  const T = STRINGS[document.documentElement.lang] || STRINGS.en;

  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const ui = {
    title: byId('plan-title'),
    file: byId('plan-file'),
    coverage: byId('coverage'),
    coverageBar: /** @type {HTMLProgressElement} */ (byId('coverage-bar')),
    coverageText: byId('coverage-text'),
    exportButton: byId('export'),
    banner: byId('banner'),
    filters: byId('filters'),
    placeholder: byId('placeholder'),
    matrix: byId('matrix'),
    legend: byId('legend'),
    live: byId('live'),
  };

  // ---- state -------------------------------------------------------------------------------

  /** Persisted through setState: the serializer reads uri/locked after a window reload. */
  const saved = readState(vscode.getState());
  /** @type {{ uri: string, fileName: string, locked: boolean } | null} */
  let doc = saved.uri ? { uri: saved.uri, fileName: '', locked: saved.locked } : null;
  /** The last model without syntax errors, for the current uri. */
  let lastGood = null;
  /** The first syntax error of the latest model, or null. */
  let syntaxError = null;
  /** Per field `{ values }`: a piece is shown when its field has any of the values (null: not set). */
  let filters = saved.filters;
  /** The cell that holds the grid's single tab stop. */
  let activeCell = null;
  let pendingScroll = saved.uri ? { x: saved.scrollX, y: saved.scrollY } : null;
  let lastAnnounced = '';

  function readState(raw) {
    // Runs before the validators further down are defined.
    const isNullableString = (v) => v === null || typeof v === 'string';
    const state = raw && typeof raw === 'object' ? raw : {};
    const filterState = {};
    const rawFilters = state.filters && typeof state.filters === 'object' ? state.filters : {};
    for (const key of FILTER_KEYS) {
      const value = rawFilters[key];
      if (!value || typeof value !== 'object') continue;
      if (Array.isArray(value.values) && value.values.length > 0 && value.values.every(isNullableString)) filterState[key] = { values: value.values };
      // The shape saved before filters could hold several values.
      else if (isNullableString(value.value)) filterState[key] = { values: [value.value] };
    }
    return {
      uri: typeof state.uri === 'string' ? state.uri : '',
      locked: state.locked === true,
      filters: filterState,
      scrollX: Number.isFinite(state.scrollX) ? state.scrollX : 0,
      scrollY: Number.isFinite(state.scrollY) ? state.scrollY : 0,
    };
  }

  function persist() {
    vscode.setState({
      uri: doc ? doc.uri : '',
      locked: doc ? doc.locked : false,
      filters,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
    });
  }

  // ---- messages ----------------------------------------------------------------------------

  /** The last update taken, numbered: the next one may send only the cells that changed since. */
  let received = null;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object' || message.type !== 'update') return;
    if (typeof message.uri !== 'string' || typeof message.fileName !== 'string' || typeof message.locked !== 'boolean') return;
    if (!isOptionalCount(message.seq) || !isOptionalCount(message.base)) return;
    let model = message.model;
    if (message.base !== undefined) {
      model = withUnchangedCells(message);
      if (!model) {
        // Out of step (this webview missed the update the patch is on): start again from whole models.
        received = null;
        post({ type: 'ready' });
        return;
      }
    }
    if (model !== null && !isMatrixModel(model)) {
      console.warn('Journey preview: ignored a malformed matrix model');
      return;
    }
    if (message.defaultFilters !== undefined && !isDefaultFilters(message.defaultFilters)) {
      console.warn('Journey preview: ignored malformed default filters');
      return;
    }
    received = { seq: message.seq, uri: message.uri, model };
    update({ ...message, model });
  });

  /** A patch's model with its null cells taken from the update it is based on, or null if that is not the last one taken. */
  function withUnchangedCells(message) {
    const patch = message.model;
    const base = received && received.seq === message.base && received.uri === message.uri ? received.model : null;
    if (!base || !patch || typeof patch !== 'object' || !Array.isArray(patch.cells) || patch.cells.length !== base.cells.length) return null;
    return { ...patch, cells: patch.cells.map((cell, k) => (cell === null ? base.cells[k] : cell)) };
  }

  function post(message) {
    vscode.postMessage(message);
  }

  function update(message) {
    if (!doc || doc.uri !== message.uri) {
      // A new preview or another plan: its own matrix, the default filters (the setting), from the
      // top. (A restored webview receives its saved uri first and so keeps its saved filters and scroll.)
      lastGood = null;
      syntaxError = null;
      filters = {};
      for (const [key, values] of Object.entries(message.defaultFilters || {})) filters[key] = { values: [...values] };
      if (doc) pendingScroll = { x: 0, y: 0 };
    }
    doc = { uri: message.uri, fileName: message.fileName, locked: message.locked };
    const model = message.model;
    if (model) {
      syntaxError = model.syntaxErrors.length > 0 ? model.syntaxErrors[0] : null;
      if (!syntaxError) lastGood = model;
    }
    render();
    persist();
  }

  // ---- model validation --------------------------------------------------------------------

  const isString = (v) => typeof v === 'string';
  const isNullableString = (v) => v === null || typeof v === 'string';
  const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const isLine = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
  const every = (list, check) => Array.isArray(list) && list.every(check);

  function isPiece(p) {
    return !!p && typeof p === 'object' && isNullableString(p.id) && isString(p.title) && isNullableString(p.type) && isNullableString(p.status) &&
      isNullableString(p.channel) && isNullableString(p.owner) && isNullableString(p.date) && isNullableString(p.url) && isLine(p.line);
  }

  /** `journey.preview.defaultFilters` as the extension sends it: known fields, each a non-empty list of texts. */
  function isDefaultFilters(f) {
    if (!f || typeof f !== 'object' || Array.isArray(f)) return false;
    return Object.keys(f).every((key) => FILTER_KEYS.includes(key) && Array.isArray(f[key]) && f[key].length > 0 &&
      f[key].every((v) => isString(v) && v.length > 0));
  }

  function isOptionalCount(value) {
    return value === undefined || (Number.isInteger(value) && value >= 0);
  }

  function isMatrixModel(m) {
    if (!m || typeof m !== 'object') return false;
    if (!isString(m.title) || !isString(m.model) || !isCount(m.minPerCell)) return false;
    if (!every(m.phases, (p) => p && isString(p.id) && isString(p.name) && (p.stage === 'buyer' || p.stage === 'customer'))) return false;
    if (!every(m.personas, (p) => p && isString(p.id) && isString(p.name))) return false;
    if (!every(m.cells, (c) => c && isString(c.persona) && isString(c.phase) && typeof c.gap === 'boolean' && typeof c.ignored === 'boolean' &&
      isCount(c.count) && every(c.content, isPiece))) return false;
    if (m.cells.length !== m.personas.length * m.phases.length) return false;
    if (!m.coverage || !isCount(m.coverage.filled) || !isCount(m.coverage.expected)) return false;
    return every(m.syntaxErrors, (e) => e && isString(e.message) && isLine(e.line) && isCount(e.column));
  }

  // ---- DOM helpers -------------------------------------------------------------------------

  /** createElement with a class list and text; never parses HTML. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  const statusClass = (status) => (STATUSES.includes(status) ? `status-${status}` : 'status-none');
  const isHttpUrl = (url) => {
    if (!url) return false;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:';
    } catch {
      return false;
    }
  };

  // ---- rendering ---------------------------------------------------------------------------

  function render() {
    const model = lastGood;
    ui.title.textContent = model && model.title ? model.title : doc ? doc.fileName || T.preview : T.preview;
    ui.file.textContent = doc ? `${doc.fileName}${doc.locked ? ` · ${T.locked}` : ''}` : '';
    ui.exportButton.hidden = !doc;
    renderBanner();

    if (!model) {
      ui.placeholder.hidden = false;
      ui.placeholder.textContent = syntaxError ? T.unreadable : doc ? T.waiting : T.loading;
      ui.matrix.replaceChildren();
      ui.filters.hidden = true;
      ui.legend.hidden = true;
      ui.coverage.hidden = true;
      return;
    }
    ui.placeholder.hidden = true;

    const scroll = pendingScroll || { x: window.scrollX, y: window.scrollY };
    pendingScroll = null;
    const focus = focusedTarget();

    renderCoverage(model);
    renderFilters(model);
    renderLegend();
    drawTable(model, !!syntaxError);

    window.scrollTo(scroll.x, scroll.y);
    restoreFocus(focus);
  }

  function renderBanner() {
    if (!syntaxError) {
      ui.banner.hidden = true;
      ui.banner.replaceChildren();
      return;
    }
    ui.banner.hidden = false;
    const strong = el('strong', '', T.syntaxError(syntaxError.line));
    const message = el('span', 'banner-message', syntaxError.message);
    const hint = el('span', 'banner-hint', lastGood ? T.stale : '');
    ui.banner.replaceChildren(strong, message, hint);
  }

  function renderCoverage(model) {
    const { filled, expected } = model.coverage;
    ui.coverage.hidden = false;
    ui.coverageBar.max = Math.max(expected, 1);
    ui.coverageBar.value = filled;
    const percent = expected > 0 ? Math.round((filled / expected) * 100) : 100;
    ui.coverageText.textContent = T.coverage(filled, expected, percent, model.minPerCell);
    const announcement = T.announce(filled, expected);
    if (announcement !== lastAnnounced) {
      lastAnnounced = announcement;
      ui.live.textContent = announcement;
    }
  }

  /** Values of one piece field over the whole model, each once, sorted; null for "not set". */
  function valuesOf(model, key) {
    const values = new Set();
    for (const cell of model.cells) for (const piece of cell.content) values.add(piece[key]);
    const list = [...values];
    const ordered = key === 'status'
      ? list.filter((v) => v !== null).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      : list.filter((v) => v !== null).sort((a, b) => a.localeCompare(b));
    if (values.has(null)) ordered.push(null);
    return ordered;
  }
  const rank = (status) => (STATUSES.includes(status) ? STATUSES.indexOf(status) : STATUSES.length);

  function renderFilters(model) {
    ui.filters.hidden = false;
    const children = [];
    for (const key of FILTER_KEYS) {
      const values = valuesOf(model, key);
      const chosen = filters[key] ? filters[key].values : [];
      const label = (value) => (value === null ? T.notSet : value);
      // One value is an option of the dropdown; several (from the setting) show as "(n selected)".
      if (chosen.length === 1 && !values.includes(chosen[0])) values.push(chosen[0]);
      const wrapper = el('label', 'filter');
      wrapper.append(el('span', 'filter-label', T.filters[key]));
      const select = el('select', 'filter-select');
      select.dataset.filter = key;
      const all = el('option', '', T.all);
      all.value = 'all';
      select.append(all);
      if (chosen.length > 1) {
        const several = el('option', 'several', T.several(chosen.length));
        several.value = 'several';
        several.selected = true;
        select.title = chosen.map(label).join(', ');
        select.append(several);
      }
      values.forEach((value, i) => {
        const option = el('option', '', label(value));
        option.value = String(i);
        if (chosen.length === 1 && chosen[0] === value) option.selected = true;
        select.append(option);
      });
      select.addEventListener('change', () => {
        if (select.value === 'several') return;
        filters = { ...filters };
        if (select.value === 'all') delete filters[key];
        else filters[key] = { values: [values[Number(select.value)]] };
        render();
        persist();
      });
      wrapper.append(select);
      children.push(wrapper);
    }
    const clear = el('button', 'button secondary clear-filters', T.clear);
    clear.type = 'button';
    clear.disabled = Object.keys(filters).length === 0;
    clear.addEventListener('click', () => {
      filters = {};
      render();
      persist();
    });
    children.push(clear);
    ui.filters.replaceChildren(...children);
  }

  function renderLegend() {
    ui.legend.hidden = false;
    const items = [el('span', 'legend-title', T.legend)];
    for (const status of STATUSES) items.push(el('span', `badge ${statusClass(status)}`, status));
    const gap = el('span', 'legend-item');
    gap.append(el('span', 'swatch swatch-gap'), document.createTextNode(` ${T.gap}`));
    const ignored = el('span', 'legend-item');
    ignored.append(el('span', 'swatch swatch-ignored'), document.createTextNode(` ${T.ignoredLegend}`));
    items.push(gap, ignored, el('span', 'legend-keys', T.keys));
    ui.legend.replaceChildren(...items);
  }

  function matches(piece) {
    for (const key of Object.keys(filters)) if (!filters[key].values.includes(piece[key])) return false;
    return true;
  }

  /** Pieces once each (retired ones left out) and filled/expected over a row's or column's cells. */
  function countLine(cells) {
    const lines = new Set();
    let expected = 0;
    let filled = 0;
    for (const cell of cells) {
      for (const piece of cell.content) if (piece.status !== 'retired') lines.add(piece.line);
      if (cell.ignored) continue;
      expected++;
      if (!cell.gap) filled++;
    }
    return `${T.pieces(lines.size)} · ${T.filled(filled, expected)}`;
  }

  /**
   * The table on screen and what it was drawn from. An update that keeps the personas, phases,
   * rule, filters and staleness redraws only the cells whose content changed, and the counts:
   * a typed character changes one cell, and redrawing (and laying out) all of a large plan's
   * cells — 100,000 elements at 10,000 pieces — takes about a second.
   */
  let drawn = null;

  function drawTable(model, stale) {
    const frame = JSON.stringify([model.personas, model.phases, model.minPerCell, stale, filters]);
    // A cell an update left out (see SentCells in protocol.ts) is the very object drawn before.
    const cellKeys = model.cells.map((cell, k) => (drawn && drawn.cells[k] === cell ? drawn.cellKeys[k] : JSON.stringify(cell)));
    const table = drawn && drawn.frame === frame && drawn.cellKeys.length === cellKeys.length && ui.matrix.contains(drawn.table) ? drawn.table : null;
    if (!table) {
      drawn = { table: renderTable(model, stale), frame, cells: model.cells, cellKeys };
      ui.matrix.replaceChildren(drawn.table);
      return;
    }
    const width = model.phases.length;
    const rows = [...table.tBodies[0].rows];
    model.cells.forEach((cell, k) => {
      if (cellKeys[k] === drawn.cellKeys[k]) return;
      const persona = model.personas[Math.floor(k / width)];
      const phase = model.phases[k % width];
      rows[Math.floor(k / width)].cells[(k % width) + 1].replaceWith(renderCell(cell, persona.name, phase.name, model.minPerCell, stale));
    });
    const setCounts = (header, cells) => {
      const counts = header.querySelector('.counts');
      const text = countLine(cells);
      if (counts.textContent !== text) counts.textContent = text;
    };
    table.querySelectorAll('thead th.phase').forEach((th, c) => setCounts(th, model.cells.filter((_, k) => k % width === c)));
    rows.forEach((tr, r) => setCounts(tr.cells[0], model.cells.slice(r * width, (r + 1) * width)));
    setTabStop(table, (activeCell && findCell(table, activeCell.persona, activeCell.phase)) || table.querySelector('td.cell'));
    drawn.cells = model.cells;
    drawn.cellKeys = cellKeys;
  }

  function renderTable(model, stale) {
    const width = model.phases.length;
    const rows = model.personas.map((persona, r) => ({ persona, cells: model.cells.slice(r * width, (r + 1) * width) }));
    const phaseNames = new Map(model.phases.map((p) => [p.id, p.name]));

    const table = el('table', 'matrix');
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-labelledby', 'plan-title');
    table.setAttribute('aria-describedby', 'coverage-text');
    table.append(el('caption', 'visually-hidden', T.caption));

    // Column groups, so the stage headers (scope="colgroup") have groups to name.
    const groups = [];
    for (const phase of model.phases) {
      const last = groups[groups.length - 1];
      if (last && last.stage === phase.stage) last.span++;
      else groups.push({ stage: phase.stage, span: 1 });
    }
    const personaCol = el('colgroup', 'persona-col');
    table.append(personaCol);
    for (const group of groups) {
      const colgroup = el('colgroup', `stage-${group.stage}`);
      colgroup.span = group.span;
      table.append(colgroup);
    }

    const thead = el('thead');
    const stageRow = el('tr', 'stage-row');
    const corner = el('td', 'corner');
    stageRow.append(corner);
    for (const group of groups) {
      const th = el('th', `stage stage-${group.stage}`, T.stages[group.stage]);
      th.scope = 'colgroup';
      th.colSpan = group.span;
      stageRow.append(th);
    }
    const phaseRow = el('tr', 'phase-row');
    const personaHead = el('th', 'persona-head', T.persona);
    personaHead.scope = 'col';
    phaseRow.append(personaHead);
    model.phases.forEach((phase, c) => {
      const th = el('th', `phase stage-${phase.stage}`);
      th.scope = 'col';
      th.dataset.phase = phase.id;
      th.append(el('span', 'phase-name', phase.name), el('span', 'counts', countLine(rows.map((row) => row.cells[c]))));
      phaseRow.append(th);
    });
    thead.append(stageRow, phaseRow);
    table.append(thead);

    const tbody = el('tbody');
    for (const { persona, cells } of rows) {
      const tr = el('tr');
      tr.dataset.persona = persona.id;
      const th = el('th', 'persona');
      th.scope = 'row';
      th.append(el('span', 'persona-name', persona.name), el('span', 'counts', countLine(cells)));
      tr.append(th);
      for (const cell of cells) tr.append(renderCell(cell, persona.name, phaseNames.get(cell.phase) || cell.phase, model.minPerCell, stale));
      tbody.append(tr);
    }
    table.append(tbody);

    const first = table.querySelector('td.cell');
    const keep = activeCell && findCell(table, activeCell.persona, activeCell.phase);
    setTabStop(table, keep || first);
    return table;
  }

  function renderCell(cell, personaName, phaseName, min, stale) {
    const td = el('td', `cell ${cell.gap ? 'gap' : cell.ignored ? 'ignored' : 'filled'}`);
    td.setAttribute('role', 'gridcell');
    td.dataset.persona = cell.persona;
    td.dataset.phase = cell.phase;
    td.dataset.gap = String(cell.gap);
    if (cell.ignored) td.dataset.ignored = 'true';
    td.tabIndex = -1;

    const shown = cell.content.filter(matches);
    const hidden = cell.content.length - shown.length;
    let summary;
    if (cell.ignored) {
      summary = T.notExpectedLabel;
      td.append(el('p', 'note', T.notExpected));
    } else if (cell.gap) {
      summary = T.gapLabel(cell.count, min);
      td.append(el('p', 'note gap-reason', T.gapReason(cell.count, min)));
    } else {
      summary = T.pieces(cell.count);
    }
    const retired = cell.content.filter((piece) => piece.status === 'retired').length;
    if (retired > 0) summary += `, ${T.retired(retired)}`;
    if (hidden > 0) summary += `, ${T.hidden(hidden)}`;
    td.setAttribute('aria-label', `${personaName} × ${phaseName}: ${summary}`);

    if (shown.length > 0) {
      const list = el('ul', 'pieces');
      for (const piece of shown) list.append(renderPiece(piece));
      td.append(list);
    }
    if (hidden > 0) td.append(el('p', 'note hidden-note', T.hidden(hidden)));
    if (cell.gap) {
      const add = el('button', 'add-piece', T.add);
      add.type = 'button';
      add.tabIndex = -1;
      add.dataset.action = 'add';
      add.setAttribute('aria-label', T.addLabel(personaName, phaseName));
      if (stale) {
        add.disabled = true;
        add.title = T.fixFirst;
      }
      td.append(add);
    }
    return td;
  }

  function renderPiece(piece) {
    const li = el('li', `piece ${statusClass(piece.status)}${piece.status === 'retired' ? ' retired' : ''}`);
    li.dataset.line = String(piece.line);
    const open = el('button', 'piece-open');
    open.type = 'button';
    open.tabIndex = -1;
    open.dataset.action = 'reveal';
    const title = piece.title || T.untitled;
    open.append(el('span', 'piece-title', title));
    const tags = el('span', 'piece-tags');
    if (piece.type) tags.append(el('span', 'chip', piece.type));
    if (piece.status) tags.append(el('span', `badge ${statusClass(piece.status)}`, piece.status));
    open.append(tags);
    const meta = [piece.channel, piece.owner, piece.date].filter(Boolean);
    if (meta.length) open.append(el('span', 'piece-meta', meta.join(' · ')));
    const described = [title, piece.type, piece.status, ...meta].filter(Boolean).join(', ');
    open.setAttribute('aria-label', `${described}. ${T.goTo(piece.line)}`);
    open.title = T.goTo(piece.line);
    li.append(open);
    if (isHttpUrl(piece.url)) {
      const link = el('button', 'piece-link', '↗');
      link.type = 'button';
      link.tabIndex = -1;
      link.dataset.action = 'link';
      link.dataset.url = piece.url;
      link.title = piece.url;
      link.setAttribute('aria-label', T.open(piece.url));
      li.append(link);
    }
    return li;
  }

  // ---- actions -----------------------------------------------------------------------------

  ui.matrix.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const action = target.closest('[data-action]');
    if (!action || !(action instanceof HTMLButtonElement) || action.disabled) return;
    const cell = action.closest('td.cell');
    if (action.dataset.action === 'reveal') {
      const line = Number(action.closest('li.piece')?.getAttribute('data-line'));
      if (Number.isInteger(line) && line >= 1) post({ type: 'reveal', line });
    } else if (action.dataset.action === 'link') {
      const url = action.dataset.url;
      if (isHttpUrl(url)) post({ type: 'openLink', url });
    } else if (action.dataset.action === 'add' && cell) {
      post({ type: 'addPiece', persona: cell.getAttribute('data-persona'), phase: cell.getAttribute('data-phase') });
    }
  });

  ui.exportButton.addEventListener('click', () => post({ type: 'export' }));

  // ---- keyboard navigation: one tab stop in the grid, arrow keys between cells --------------

  function cellsOf(table) {
    return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td.cell')]);
  }

  function findCell(root, persona, phase) {
    for (const td of root.querySelectorAll('td.cell')) {
      if (td.getAttribute('data-persona') === persona && td.getAttribute('data-phase') === phase) return td;
    }
    return null;
  }

  function setTabStop(table, cell) {
    for (const td of table.querySelectorAll('td.cell')) td.tabIndex = td === cell ? 0 : -1;
    activeCell = cell ? { persona: cell.getAttribute('data-persona'), phase: cell.getAttribute('data-phase') } : null;
  }

  function moveTo(table, cell) {
    if (!cell) return;
    setTabStop(table, cell);
    cell.focus();
  }

  const itemsOf = (cell) => [...cell.querySelectorAll('button:not([disabled])')];

  ui.matrix.addEventListener('focusin', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const cell = target.closest('td.cell');
    const table = target.closest('table');
    if (cell && table) setTabStop(table, cell);
  });

  ui.matrix.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const table = target.closest('table');
    const cell = target.closest('td.cell');
    if (!table || !cell) return;
    const grid = cellsOf(table);
    const r = grid.findIndex((row) => row.includes(cell));
    const c = grid[r].indexOf(cell);

    if (target !== cell) {
      // Inside a cell: up/down between its buttons, Escape (or F2) back to the cell.
      const items = itemsOf(cell);
      const i = items.indexOf(/** @type {any} */ (target));
      if (event.key === 'Escape' || event.key === 'F2') cell.focus();
      else if (event.key === 'ArrowDown' && i >= 0) items[Math.min(i + 1, items.length - 1)].focus();
      else if (event.key === 'ArrowUp' && i >= 0) items[Math.max(i - 1, 0)].focus();
      else return;
      event.preventDefault();
      return;
    }

    const last = grid.length - 1;
    switch (event.key) {
      case 'ArrowRight': moveTo(table, grid[r][Math.min(c + 1, grid[r].length - 1)]); break;
      case 'ArrowLeft': moveTo(table, grid[r][Math.max(c - 1, 0)]); break;
      case 'ArrowDown': moveTo(table, grid[Math.min(r + 1, last)][c]); break;
      case 'ArrowUp': moveTo(table, grid[Math.max(r - 1, 0)][c]); break;
      case 'Home': moveTo(table, event.ctrlKey ? grid[0][0] : grid[r][0]); break;
      case 'End': moveTo(table, event.ctrlKey ? grid[last][grid[last].length - 1] : grid[r][grid[r].length - 1]); break;
      case 'PageDown': moveTo(table, grid[last][c]); break;
      case 'PageUp': moveTo(table, grid[0][c]); break;
      case 'Enter':
      case 'F2': {
        const first = itemsOf(cell)[0];
        if (first) first.focus();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });

  /** What had focus in the matrix before a redraw, to put it back on the same cell or piece. */
  function focusedTarget() {
    const active = document.activeElement;
    if (!active || !ui.matrix.contains(active)) return null;
    const cell = active.closest('td.cell');
    if (!cell) return null;
    const piece = active.closest('li.piece');
    return {
      persona: cell.getAttribute('data-persona'),
      phase: cell.getAttribute('data-phase'),
      line: piece ? piece.getAttribute('data-line') : null,
      action: active instanceof HTMLElement ? active.dataset.action || null : null,
    };
  }

  function restoreFocus(focus) {
    // Only while the page has focus: a redraw must never pull focus from the text editor.
    if (!focus || !document.hasFocus()) return;
    const cell = findCell(ui.matrix, focus.persona, focus.phase);
    if (!cell) return;
    let target = cell;
    if (focus.action) {
      const candidates = itemsOf(cell).filter((item) => item.dataset.action === focus.action);
      const same = candidates.find((item) => item.closest('li.piece')?.getAttribute('data-line') === focus.line);
      target = same || candidates[0] || cell;
    }
    target.focus({ preventScroll: true });
  }

  // ---- scroll position survives hide/show (the webview is rebuilt when shown again) ----------

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      persist();
    });
  });

  render();
  post({ type: 'ready' });
})();
