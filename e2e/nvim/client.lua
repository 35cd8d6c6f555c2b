-- End-to-end client for headless Neovim (0.7+): Neovim's own LSP client starts the real server
-- jar, opens the notes of one cases file and runs its checks through vim.lsp.buf_request_sync.
-- Prints one "PASS|FAIL|SKIP nvim <suite>: <check>" line per check and quits with code 1 when one
-- failed. Run as: nvim --headless --clean -u NONE -c "luafile e2e/nvim/client.lua"
--
-- Environment: E2E_JAR, E2E_WORKSPACE, E2E_CASES; optional E2E_INIT_OPTIONS (JSON for
-- initializationOptions and, as Neovim does, its "settings" for workspace/didChangeConfiguration).

local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)') or './'
package.path = here .. '?.lua;' .. package.path
local checks = require('checks')

local REQUEST_TIMEOUT_MS = 30000
local EXIT_TIMEOUT_MS = 10000

local failures = 0
local prefix = 'nvim'

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function report(status, name, why)
  if status == 'FAIL' then
    failures = failures + 1
  end
  out(string.format('%s %s: %s%s', status, prefix, name, why and (' -- ' .. why) or ''))
end

local function quit()
  if failures > 0 then
    vim.cmd('cquit 1')
  else
    vim.cmd('qall!')
  end
end

local function required(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    out('FAIL nvim: ' .. name .. ' is not set')
    vim.cmd('cquit 2')
  end
  return value
end

local function main()
  vim.o.hidden = true
  local jar = vim.fn.fnamemodify(required('E2E_JAR'), ':p')
  local workspace = vim.fn.fnamemodify(required('E2E_WORKSPACE'), ':p'):gsub('/$', '')
  local decode = vim.json and vim.json.decode or vim.fn.json_decode
  local cases = decode(checks.read_file(required('E2E_CASES')))
  local init_json = os.getenv('E2E_INIT_OPTIONS')
  local init_options = (init_json and init_json ~= '') and decode(init_json) or nil
  prefix = 'nvim ' .. cases.suite

  local exit_status = nil
  local status_error = nil
  -- Neovim 0.7 has no client for inlay hints, semantic tokens or pull diagnostics, and does not
  -- declare the code lenses it shows: declared here, as a user's plugins do, the server offers them
  -- and the checks send their requests raw (vim.lsp.buf_request_sync) and read the raw answers.
  local capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(), {
    textDocument = {
      codeLens = { dynamicRegistration = false },
      inlayHint = { dynamicRegistration = false },
      semanticTokens = {
        dynamicRegistration = false,
        requests = { full = true, range = true },
        tokenTypes = { 'class', 'function', 'variable' },
        tokenModifiers = {},
        formats = { 'relative' },
      },
      diagnostic = { dynamicRegistration = false, relatedDocumentSupport = false },
    },
  })
  local client_id = vim.lsp.start_client({
    name = 'paperlens',
    capabilities = capabilities,
    -- The flags docs/configuration.md gives every editor.
    cmd = { 'java', '-Xmx512m', '-XX:MinHeapFreeRatio=10', '-XX:MaxHeapFreeRatio=30', '-Xlog:disable', '-Xlog:all=warning:stderr', '-jar', jar, 'serve' },
    cmd_cwd = workspace,
    root_dir = workspace,
    init_options = init_options,
    settings = init_options and init_options.settings or nil,
    handlers = {
      ['paperlens/status'] = function(_, result)
        if result and result.state == 'error' then
          status_error = result.message or 'error'
        elseif result and result.state then
          status_error = nil
        end
      end,
    },
    on_exit = function(code, signal)
      exit_status = { code = code, signal = signal }
    end,
  })
  if not client_id then
    report('FAIL', 'start the server', 'vim.lsp.start_client returned nil')
    return
  end
  local initialized = vim.wait(REQUEST_TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return (client and client.initialized) or exit_status ~= nil
  end, 50)
  local client = vim.lsp.get_client_by_id(client_id)
  if not initialized or not client or not client.initialized then
    report('FAIL', 'initialize', exit_status and ('server exited with code ' .. tostring(exit_status.code))
      or ('no answer within ' .. REQUEST_TIMEOUT_MS .. ' ms'))
    return
  end
  local caps = client.server_capabilities or {}
  local missing = {}
  for _, cap in ipairs({ 'hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider' }) do
    if not caps[cap] then
      table.insert(missing, cap)
    end
  end
  report(#missing == 0 and 'PASS' or 'FAIL', 'initialize advertises hover, completion, definition and references',
    #missing > 0 and ('missing ' .. table.concat(missing, ', ')) or nil)
  -- Offered because this client says it supports them (a client that does not gets none of them).
  local tokens_cap = caps.semanticTokensProvider
  local editing = {
    documentHighlightProvider = caps.documentHighlightProvider,
    codeLensProvider = caps.codeLensProvider,
    inlayHintProvider = caps.inlayHintProvider,
    semanticTokensProvider = type(tokens_cap) == 'table' and tokens_cap.full and tokens_cap.range,
    diagnosticProvider = caps.diagnosticProvider,
  }
  local absent = {}
  for _, cap in ipairs({ 'documentHighlightProvider', 'codeLensProvider', 'inlayHintProvider', 'semanticTokensProvider', 'diagnosticProvider' }) do
    if not editing[cap] then
      table.insert(absent, cap)
    end
  end
  report(#absent == 0 and 'PASS' or 'FAIL',
    'initialize advertises highlights, code lenses, inlay hints, semantic tokens (full and range) and pull diagnostics',
    #absent > 0 and ('missing ' .. table.concat(absent, ', ')) or nil)
  local legend = type(tokens_cap) == 'table' and tokens_cap.legend or {}

  -- One buffer per note: files from disk, in-memory drafts from the cases file.
  local buffers = {}
  local function buffer_for(file)
    if buffers[file] then
      return buffers[file]
    end
    local path = workspace .. '/' .. file
    local buf
    if cases.documents and cases.documents[file] then
      buf = vim.api.nvim_create_buf(true, false)
      vim.api.nvim_buf_set_name(buf, path)
      local lines = vim.split(cases.documents[file], '\n', { plain = true })
      if lines[#lines] == '' then
        table.remove(lines)
      end
      vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
      vim.api.nvim_buf_set_option(buf, 'modified', false)
    else
      vim.cmd('edit ' .. vim.fn.fnameescape(path))
      buf = vim.api.nvim_get_current_buf()
    end
    -- Without a vimrc there is no filetype detection; the filetype is what Neovim sends as languageId.
    vim.api.nvim_buf_set_option(buf, 'filetype', checks.filetype(file))
    vim.lsp.buf_attach_client(buf, client_id)
    buffers[file] = buf
    return buf
  end

  local function request(file, method, params)
    local buf = buffer_for(file)
    local answers, err = vim.lsp.buf_request_sync(buf, method, params, REQUEST_TIMEOUT_MS)
    if not answers then
      error(method .. ': ' .. tostring(err or 'no answer'))
    end
    local answer = answers[client_id]
    if not answer then
      error(method .. ': no answer from the server')
    end
    if answer.err then
      error(method .. ' failed: ' .. vim.inspect(answer.err))
    end
    return answer.result
  end

  -- The note as the editor holds it: typed text ("type" in a check) changes it.
  local function buffer_text(buf)
    return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
  end

  local function position_params(file, at)
    local buf = buffer_for(file)
    local position = checks.position_of(buffer_text(buf), at)
    return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  end

  -- Types text at the cursor; Neovim sends the change before the next request. The cursor ends
  -- after the typed text.
  local function type_at(file, at, typed)
    local buf = buffer_for(file)
    local position, byte_col = checks.position_of(buffer_text(buf), at)
    vim.api.nvim_buf_set_text(buf, position.line, byte_col, position.line, byte_col, { typed })
    local _, typed_utf16 = vim.str_utfindex(typed)
    return {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      position = { line = position.line, character = position.character + typed_utf16 },
    }
  end

  for _, check in ipairs(cases.checks) do
    buffer_for(check.file)
  end

  -- Wait for the index: hover at the ready spot until it answers.
  local ready = cases.ready
  local started = vim.loop.now()
  local deadline = started + (ready.timeoutSeconds or 90) * 1000
  local last = nil
  local answered = false
  while vim.loop.now() < deadline do
    local ok, result = pcall(request, ready.file, 'textDocument/hover', position_params(ready.file, ready.at))
    last = ok and result or result
    if ok and checks.hover_text(result) ~= '' then
      answered = true
      break
    end
    if status_error then
      last = 'index build failed: ' .. status_error
      break
    end
    vim.wait(500)
  end
  if answered then
    report('PASS', 'index answers a hover after start')
    io.stderr:write(string.format('%s: index answered after %.1f s\n', prefix, (vim.loop.now() - started) / 1000))
  else
    report('FAIL', 'index answers a hover after start', string.format('no hover at %s "%s" (last: %s)',
      ready.file, ready.at, checks.short(type(last) == 'string' and last or vim.inspect(last))))
  end

  local methods = {
    hover = 'textDocument/hover',
    completion = 'textDocument/completion',
    definition = 'textDocument/definition',
    references = 'textDocument/references',
    rename = 'textDocument/rename',
    documentSymbol = 'textDocument/documentSymbol',
    documentHighlight = 'textDocument/documentHighlight',
    codeLens = 'textDocument/codeLens',
    inlayHint = 'textDocument/inlayHint',
    semanticTokens = 'textDocument/semanticTokens/full',
    diagnostic = 'textDocument/diagnostic',
  }
  for _, check in ipairs(cases.checks) do
    if check.skip then
      report('SKIP', check.name, check.skip)
    else
      local ok, why = pcall(function()
        -- Whole-document requests (code lenses, tokens, diagnostics) need no cursor.
        local params
        if check.type then
          params = type_at(check.file, check.at, check.type)
        elseif check.at then
          params = position_params(check.file, check.at)
        else
          params = { textDocument = { uri = vim.uri_from_bufnr(buffer_for(check.file)) } }
        end
        -- "range": "line" asks for the cursor's line only, as an editor asks for its visible lines.
        local range = check.range == 'line' and checks.line_range(params.position) or nil
        local method = methods[check.request] or error('unknown request kind ' .. tostring(check.request))
        if check.request == 'inlayHint' and not range then
          error('an inlayHint check needs "range": "line"')
        elseif check.request == 'semanticTokens' and range then
          method = 'textDocument/semanticTokens/range'
        end
        if range then
          params = { textDocument = params.textDocument, range = range }
        elseif check.request == 'codeLens' or check.request == 'semanticTokens' or check.request == 'diagnostic' then
          params = { textDocument = params.textDocument }
        end
        if check.request == 'references' then
          params.context = { includeDeclaration = true }
        elseif check.request == 'completion' then
          params.context = { triggerKind = 1 }
        elseif check.request == 'rename' then
          params.newName = check.newName
        elseif check.request == 'documentSymbol' then
          params.position = nil
        end
        if check.request == 'rename' then
          -- A refusal is an answer too: its message is what the editor shows.
          local answers = vim.lsp.buf_request_sync(buffer_for(check.file), method, params, REQUEST_TIMEOUT_MS) or {}
          local answer = answers[client_id] or {}
          local err = answer.err or answer.error -- Neovim before 0.10 calls it "error"
          return checks.verify(check, err and { error = err.message or vim.inspect(err) } or answer.result, workspace)
        end
        local context = { text = buffer_text(buffer_for(check.file)), legend = legend, range = range }
        return checks.verify(check, request(check.file, method, params), workspace, context)
      end)
      if not ok then
        report('FAIL', check.name, tostring(why))
      else
        report(why and 'FAIL' or 'PASS', check.name, why)
      end
    end
  end

  -- Stopping sends shutdown, then exit once shutdown is answered without error.
  vim.lsp.stop_client(client_id)
  vim.wait(EXIT_TIMEOUT_MS, function() return exit_status ~= nil end, 50)
  if exit_status == nil then
    report('FAIL', 'shutdown and exit end the process with code 0', 'still running after ' .. EXIT_TIMEOUT_MS .. ' ms')
  else
    report(exit_status.code == 0 and 'PASS' or 'FAIL', 'shutdown and exit end the process with code 0',
      exit_status.code ~= 0 and string.format('exit code %s, signal %s', exit_status.code, exit_status.signal) or nil)
  end
end

local ok, err = pcall(main)
if not ok then
  report('FAIL', 'client crashed', tostring(err))
end
quit()
