-- The cases file's vocabulary for the Neovim client: where a cursor goes ("at" text with a '|')
-- and what an answer must hold. e2e/node/checks.js reads the same files the same way; keep the two
-- in step.

local M = {}

-- vim.tbl_islist is deprecated from Neovim 0.10 on; vim.islist replaces it.
local islist = vim.islist or vim.tbl_islist

function M.read_file(path)
  local f, err = io.open(path, 'rb')
  if not f then
    error('cannot read ' .. path .. ': ' .. tostring(err))
  end
  local text = f:read('*a')
  f:close()
  return text
end

--- The text of a case's document: an in-memory one from the cases file, else the file on disk.
function M.document_text(cases, workspace, file)
  if cases.documents and cases.documents[file] then
    return cases.documents[file]
  end
  return M.read_file(workspace .. '/' .. file)
end

--- Neovim's filetype for a note, which its client sends as the LSP languageId.
function M.filetype(file)
  if file:match('%.tex$') then
    return 'tex'
  elseif file:match('%.md$') then
    return 'markdown'
  end
  return 'text'
end

--- Line and UTF-16 character of the '|' in "at", found at its first occurrence in the text; also
--- the cursor's 0-based byte column, for editing the buffer there.
function M.position_of(text, at)
  local bar = at:find('|', 1, true)
  if not bar then
    error('"at" has no \'|\' cursor: ' .. at)
  end
  local needle = at:sub(1, bar - 1) .. at:sub(bar + 1)
  local found = text:find(needle, 1, true)
  if not found then
    error('text not found in the document: ' .. needle)
  end
  local offset = found + bar - 1 -- 1-based byte index of the character after the cursor
  local before = text:sub(1, offset - 1)
  local line = select(2, before:gsub('\n', ''))
  local line_start = (before:match('.*\n()') or 1)
  local line_text = text:sub(line_start):match('[^\n]*')
  local _, utf16 = vim.str_utfindex(line_text, offset - line_start)
  return { line = line, character = utf16 }, offset - line_start
end

--- Plain text of a hover result in any of its protocol shapes.
function M.hover_text(result)
  if type(result) ~= 'table' or result.contents == nil then
    return ''
  end
  local function part(c)
    if type(c) == 'string' then
      return c
    elseif type(c) == 'table' and type(c.value) == 'string' then
      return c.value
    end
    return ''
  end
  local contents = result.contents
  if islist(contents) then
    local parts = {}
    for _, c in ipairs(contents) do
      table.insert(parts, part(c))
    end
    return table.concat(parts, '\n')
  end
  return part(contents)
end

function M.short(s)
  local one = tostring(s):gsub('%s+', ' ')
  if #one > 160 then
    return one:sub(1, 160) .. '…'
  end
  return one
end

local function completion_items(result)
  if type(result) ~= 'table' then
    return {}
  end
  if islist(result) then
    return result
  end
  return result.items or {}
end

--- Every string an editor may show or insert for an item.
local function item_text(item)
  local parts = {}
  for _, v in ipairs({ item.label, item.detail, item.insertText, item.textEdit and item.textEdit.newText }) do
    if type(v) == 'string' and v ~= '' then
      table.insert(parts, v)
    end
  end
  return table.concat(parts, ' | ')
end

local function locations(result)
  if type(result) ~= 'table' then
    return {}
  end
  local list = islist(result) and result or { result }
  local out = {}
  for _, l in ipairs(list) do
    table.insert(out, { uri = l.uri or l.targetUri, range = l.range or l.targetSelectionRange })
  end
  return out
end

local function real_path(p)
  return vim.loop.fs_realpath(p) or p
end

local function uri_path(uri)
  local ok, fname = pcall(vim.uri_to_fname, uri)
  return ok and real_path(fname) or uri
end

local function lines_of(text)
  return vim.split(text, '\n', { plain = true })
end

--- 0-based line an expectation names: the first line containing a text, moved by lineOffset.
local function expected_line(workspace, spec)
  local lines = lines_of(M.read_file(workspace .. '/' .. spec.file))
  for i, l in ipairs(lines) do
    if l:find(spec.lineContaining, 1, true) then
      return i - 1 + (spec.lineOffset or 0)
    end
  end
  error(spec.file .. ' has no line containing: ' .. spec.lineContaining)
end

local function describe_locations(locs)
  if #locs == 0 then
    return 'no locations'
  end
  local shown = {}
  for i = 1, math.min(6, #locs) do
    local l = locs[i]
    table.insert(shown, string.format('%s:%s', l.uri, l.range and l.range.start.line or '?'))
  end
  local more = #locs > 6 and string.format(' (+%d more)', #locs - 6) or ''
  return table.concat(shown, ', ') .. more
end


--- Byte offset (1-based) of a line/UTF-16 character position in the text, or nil past its end.
local function offset_at(text, position)
  local offset = 1
  for _ = 1, position.line do
    local newline = text:find('\n', offset, true)
    if not newline then
      return nil
    end
    offset = newline + 1
  end
  local line_text = text:sub(offset):match('[^\n]*')
  local ok, byte = pcall(vim.str_byteindex, line_text, position.character, true)
  if not ok then
    return nil
  end
  return offset + byte
end

--- The text a protocol range covers (UTF-16 positions).
function M.range_text(text, range)
  local from, to = offset_at(text, range.start), offset_at(text, range['end'])
  if not from or not to then
    return '(outside the document)'
  end
  return text:sub(from, to - 1)
end

--- Line and UTF-16 character of a 1-based byte offset.
local function position_at(text, offset)
  local before = text:sub(1, offset - 1)
  local line = select(2, before:gsub('\n', ''))
  local line_start = (before:match('.*\n()') or 1)
  local _, utf16 = vim.str_utfindex(text:sub(line_start):match('[^\n]*'), offset - line_start)
  return { line = line, character = utf16 }
end

--- 0-based index of the first line of the text holding `contains`.
local function line_of(text, contains)
  for i, l in ipairs(vim.split(text, '\n', { plain = true })) do
    if l:find(contains, 1, true) then
      return i - 1
    end
  end
  error('the document has no line containing: ' .. contains)
end

--- Where the first occurrence of `found` in the text starts (or ends, with `at_end`).
local function position_of_text(text, found, at_end)
  local at = text:find(found, 1, true)
  if not at then
    error('text not found in the document: ' .. found)
  end
  return position_at(text, at_end and at + #found or at)
end

--- The whole line of the cursor, as a range request sends it.
function M.line_range(position)
  return { start = { line = position.line, character = 0 }, ['end'] = { line = position.line + 1, character = 0 } }
end

--- An inlay hint as the editor shows it: its label, with the padding it asks for.
local function hint_text(hint)
  local label = hint.label
  if type(label) == 'table' then
    local parts = {}
    for _, part in ipairs(label) do
      table.insert(parts, part.value)
    end
    label = table.concat(parts)
  end
  return (hint.paddingLeft and ' ' or '') .. tostring(label) .. (hint.paddingRight and ' ' or '')
end

--- Semantic tokens decoded from the protocol's relative encoding, with the legend's type names.
local function decode_tokens(data, legend)
  local tokens = {}
  local line, character = 0, 0
  local types = legend and legend.tokenTypes or {}
  for i = 1, #data - 4, 5 do
    line = line + data[i]
    character = data[i] == 0 and character + data[i + 1] or data[i + 1]
    table.insert(tokens, { line = line, character = character, length = data[i + 2], type = types[data[i + 3] + 1] or ('#' .. data[i + 3]) })
  end
  return tokens
end

local function describe_token(t)
  return string.format('%d:%d+%d %s', t.line, t.character, t.length, t.type)
end

local function list(result)
  return (type(result) == 'table' and islist(result)) and result or {}
end

--- nil when the answer meets the expectation, else why not. `context` has the document's text as
--- the editor holds it, the range a range request asked for and the server's semantic token legend.
function M.verify(check, result, workspace, context)
  local expect = check.expect
  context = context or {}
  local text = context.text
  if check.request == 'hover' then
    local text = M.hover_text(result)
    if expect.empty then
      if vim.trim(text) ~= '' then
        return 'expected no hover, got: ' .. M.short(text)
      end
      return nil
    end
    for _, wanted in ipairs(expect.contains or {}) do
      if not text:find(wanted, 1, true) then
        if text == '' then
          return 'no hover (result ' .. M.short(vim.inspect(result)) .. ')'
        end
        return string.format('hover lacks "%s": %s', wanted, M.short(text))
      end
    end
    return nil
  elseif check.request == 'completion' then
    local items = completion_items(result)
    if #items == 0 then
      return 'no completion items (result ' .. M.short(vim.inspect(result)) .. ')'
    end
    local first = items[1]
    local labels = {}
    for i = 1, math.min(5, #items) do
      table.insert(labels, items[i].label)
    end
    local top = table.concat(labels, ', ')
    if expect.firstLabel and first.label ~= expect.firstLabel then
      return string.format('first item is "%s", expected "%s" (top: %s)', first.label, expect.firstLabel, top)
    end
    if expect.firstContains and not item_text(first):lower():find(expect.firstContains:lower(), 1, true) then
      return string.format('first item "%s" lacks "%s" (top: %s)', item_text(first), expect.firstContains, top)
    end
    -- Narrowing: exactly these items, in this order.
    if expect.labels then
      local all = {}
      for _, item in ipairs(items) do
        table.insert(all, item.label)
      end
      if table.concat(all, ', ') ~= table.concat(expect.labels, ', ') then
        return string.format('items are [%s], expected [%s]', table.concat(all, ', '), table.concat(expect.labels, ', '))
      end
    end
    if expect.hasLabel then
      local found = false
      for _, item in ipairs(items) do
        found = found or item.label == expect.hasLabel
      end
      if not found then
        return string.format('no item "%s" (top: %s)', expect.hasLabel, top)
      end
    end
    -- Every item inserts its key and says what the editor should filter on.
    for _, item in ipairs(items) do
      local inserted = item.textEdit and item.textEdit.newText or item.insertText or item.label
      if expect.insertsLabel and inserted ~= item.label then
        return string.format('item "%s" inserts "%s"', item.label, tostring(inserted))
      end
      if expect.filterText and item.filterText ~= expect.filterText then
        return string.format('item "%s" filters on "%s", expected "%s"', item.label, tostring(item.filterText), expect.filterText)
      end
    end
    return nil
  elseif check.request == 'definition' then
    local locs = locations(result)
    local spec = expect.location
    local file = real_path(workspace .. '/' .. spec.file)
    local line = expected_line(workspace, spec)
    for _, l in ipairs(locs) do
      if uri_path(l.uri) == file and l.range and l.range.start.line == line then
        return nil
      end
    end
    return string.format('expected %s:%d (0-based), got %s', spec.file, line, describe_locations(locs))
  elseif check.request == 'references' then
    local locs = locations(result)
    for _, want in ipairs(expect.includes or {}) do
      local file = real_path(workspace .. '/' .. want.file)
      local found = false
      for _, l in ipairs(locs) do
        if uri_path(l.uri) == file then
          found = true
          break
        end
      end
      if not found then
        return string.format('no reference in %s; got %s', want.file, describe_locations(locs))
      end
    end
    return nil
  elseif check.request == 'rename' then
    local err = type(result) == 'table' and result.error or nil
    if expect.refusedWith then
      if err and err:find(expect.refusedWith, 1, true) then
        return nil
      end
      return string.format('expected a refusal saying "%s", got %s', expect.refusedWith, M.short(vim.inspect(result)))
    end
    if type(result) ~= 'table' or err then
      return 'no edit: ' .. M.short(vim.inspect(result))
    end
    local changes = result.changes or {}
    for _, want in ipairs(expect.edits or {}) do
      local file = real_path(workspace .. '/' .. want.file)
      local edits = {}
      for uri, list in pairs(changes) do
        if uri_path(uri) == file then
          edits = list
        end
      end
      if #edits ~= want.count then
        return string.format('%s: %d edits, expected %d', want.file, #edits, want.count)
      end
      for _, edit in ipairs(edits) do
        if edit.newText ~= check.newName then
          return string.format('%s: an edit does not write %s', want.file, check.newName)
        end
      end
    end
    return nil
  elseif check.request == 'documentSymbol' then
    local symbols = type(result) == 'table' and result or {}
    for _, want in ipairs(expect.symbols or {}) do
      local found
      local names = {}
      for _, symbol in ipairs(symbols) do
        table.insert(names, symbol.name)
        if symbol.name == want.name then
          found = symbol
        end
      end
      if not found then
        return string.format('no symbol "%s"; got %s', want.name, M.short(table.concat(names, ' | ')))
      end
      local children = #(found.children or {})
      if children < (want.minChildren or 0) then
        return string.format('"%s" holds %d places, expected at least %d', want.name, children, want.minChildren)
      end
    end
    return nil
  elseif check.request == 'documentHighlight' then
    -- Exactly these places, in order: the text each covers and its line.
    local got, want = {}, {}
    for _, h in ipairs(list(result)) do
      table.insert(got, string.format('%d:"%s"', h.range.start.line, M.range_text(text, h.range)))
    end
    for _, w in ipairs(expect.highlights or {}) do
      table.insert(want, string.format('%d:"%s"', line_of(text, w.lineContaining), w.text))
    end
    if table.concat(got, ', ') ~= table.concat(want, ', ') then
      return string.format('highlights are [%s], expected [%s]', table.concat(got, ', '), table.concat(want, ', '))
    end
    return nil
  elseif check.request == 'codeLens' then
    local lenses = list(result)
    local all = {}
    for _, l in ipairs(lenses) do
      table.insert(all, string.format('%d:"%s" %s', l.range.start.line, M.range_text(text, l.range), l.command and l.command.title or '(no command)'))
    end
    for _, want in ipairs(expect.lenses or {}) do
      local line = line_of(text, want.lineContaining)
      local lens
      for _, l in ipairs(lenses) do
        if l.range.start.line == line and M.range_text(text, l.range) == want.text then
          lens = l
        end
      end
      if not lens then
        return string.format('no lens over "%s" on line %d; lenses: %s', want.text, line, M.short(table.concat(all, ' | ')))
      end
      local title = lens.command and lens.command.title or ''
      if title ~= want.title then
        return string.format('the lens over "%s" says "%s", expected "%s"', want.text, title, want.title)
      end
    end
    return nil
  elseif check.request == 'inlayHint' then
    -- Exactly these hints in the requested range: what the editor shows, and where.
    local got, want = {}, {}
    for _, h in ipairs(list(result)) do
      table.insert(got, string.format('%d:%d "%s"', h.position.line, h.position.character, hint_text(h)))
    end
    for _, w in ipairs(expect.hints or {}) do
      local at = position_of_text(text, w.after, true)
      table.insert(want, string.format('%d:%d "%s"', at.line, at.character, w.label))
    end
    if table.concat(got, ', ') ~= table.concat(want, ', ') then
      return string.format('hints are [%s], expected [%s]', table.concat(got, ', '), table.concat(want, ', '))
    end
    return nil
  elseif check.request == 'semanticTokens' then
    if type(result) ~= 'table' or type(result.data) ~= 'table' then
      return 'no tokens: ' .. M.short(vim.inspect(result))
    end
    local tokens = decode_tokens(result.data, context.legend)
    local described = {}
    for _, t in ipairs(tokens) do
      table.insert(described, describe_token(t))
    end
    local range = context.range
    if range then
      for _, t in ipairs(tokens) do
        if t.line < range.start.line or t.line >= range['end'].line then
          return 'tokens outside the requested lines: ' .. table.concat(described, ', ')
        end
      end
    end
    for _, want in ipairs(expect.tokens or {}) do
      local at = position_of_text(text, want.text)
      local expected = describe_token({ line = at.line, character = at.character, length = select(2, vim.str_utfindex(want.text)), type = want.type })
      local token
      for _, t in ipairs(tokens) do
        if t.line == at.line and t.character == at.character then
          token = t
        end
      end
      if not token or describe_token(token) ~= expected then
        return string.format('expected %s ("%s"), got %s (all: %s)', expected, want.text,
          token and describe_token(token) or 'no token there', M.short(table.concat(described, ', ')))
      end
    end
    return nil
  elseif check.request == 'diagnostic' then
    if type(result) ~= 'table' or result.kind ~= 'full' then
      return 'expected a full report, got ' .. M.short(vim.inspect(result))
    end
    local items = result.items or {}
    local all = {}
    for _, d in ipairs(items) do
      table.insert(all, string.format('%s "%s" %s', tostring(d.severity), M.range_text(text, d.range), d.message))
    end
    if expect.count and #items ~= expect.count then
      return string.format('%d diagnostics, expected %d: %s', #items, expect.count, M.short(table.concat(all, ' | ')))
    end
    for _, want in ipairs(expect.items or {}) do
      local found = false
      for _, d in ipairs(items) do
        found = found or (M.range_text(text, d.range) == want.text and d.severity == want.severity
          and d.message:find(want.message, 1, true) ~= nil)
      end
      if not found then
        return string.format('no diagnostic of severity %d over "%s" saying "%s"; got %s', want.severity, want.text,
          want.message, M.short(table.concat(all, ' | ')))
      end
    end
    return nil
  end
  return 'unknown request kind ' .. tostring(check.request)
end

return M
