-- Runs the Neovim 0.7 set-up exactly as docs/configuration.md shows it (nvim-doc.sh extracts the
-- block and puts the real jar in place of /path/to/paperlens-server.jar), then opens a note the
-- way a user does and checks that a hover and a definition come back, that Neovim's document
-- highlight marks the word's other namings and that its code lenses show.
-- Environment: E2E_SNIPPET (the extracted block), E2E_NOTE, E2E_WORD (text to hover), E2E_EXPECT,
-- E2E_DECLINED (a Cyrillic form of the word elsewhere in the note).
local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local failures = 0
local function report(ok, name, why)
  if not ok then
    failures = failures + 1
  end
  out(string.format('%s nvim-doc: %s%s', ok and 'PASS' or 'FAIL', name, (not ok and why) and (' -- ' .. why) or ''))
end

dofile(os.getenv('E2E_SNIPPET'))
vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('E2E_NOTE')))
local buf = vim.api.nvim_get_current_buf()

local attached = vim.wait(30000, function()
  local clients = vim.lsp.buf_get_clients(buf)
  for _, client in pairs(clients) do
    if client.name == 'paperlens' and client.initialized then
      return true
    end
  end
  return false
end, 50)
report(attached, 'the documented snippet starts the server and attaches it to the note', 'no client attached within 30 s')

local client_root = nil
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
  client_root = client.config.root_dir
end
report(client_root ~= nil and vim.fn.isdirectory(client_root .. '/reviews') == 1,
  'the root it finds holds the review sources', 'root is ' .. tostring(client_root))

local word = os.getenv('E2E_WORD')
local row, col = nil, nil
for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local at = line:find(word, 1, true)
  if at then
    -- LSP positions count UTF-16 units; the line has Cyrillic before the word.
    local _, utf16 = vim.str_utfindex(line, at)
    row, col = i - 1, utf16
    break
  end
end
report(row ~= nil, 'the note holds "' .. word .. '"', 'not found')

if row then
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col } }
  local text = ''
  -- The first build may still run: ask again until the card names the paper (or time runs out).
  local deadline = vim.loop.now() + 60000
  while vim.loop.now() < deadline do
    local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
    for _, answer in pairs(answers) do
      local contents = answer.result and answer.result.contents
      if contents then
        text = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents)
      end
    end
    if text:find(os.getenv('E2E_EXPECT'), 1, true) then
      break
    end
    vim.wait(500)
  end
  report(text:find(os.getenv('E2E_EXPECT'), 1, true) ~= nil, 'hover on "' .. word .. '" shows its paper', text:sub(1, 200))

  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 10000) or {}
  local found = false
  for _, answer in pairs(answers) do
    local result = answer.result
    if result and (result.uri or (result[1] and (result[1].uri or result[1].targetUri))) then
      found = true
    end
  end
  report(found, 'definition leads to a review', 'no location')

  -- Neovim's own document highlight, from the cursor on the word: its marks on the note's lines.
  vim.api.nvim_win_set_cursor(0, { row + 1, (vim.api.nvim_buf_get_lines(buf, row, row + 1, false)[1]):find(word, 1, true) - 1 })
  vim.lsp.buf.document_highlight()
  local references = vim.api.nvim_create_namespace('vim_lsp_references')
  local marked = {}
  vim.wait(10000, function()
    marked = vim.api.nvim_buf_get_extmarks(buf, references, 0, -1, {})
    return #marked > 1
  end, 100)
  local lines = {}
  for _, mark in ipairs(marked) do
    lines[mark[2]] = true
  end
  local declined = nil
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if declined == nil and line:find(os.getenv('E2E_DECLINED'), 1, true) then
      declined = i - 1
    end
  end
  report(#marked > 1 and declined ~= nil and lines[declined] and lines[row],
    'document highlight marks "' .. word .. '" and "' .. os.getenv('E2E_DECLINED') .. '"',
    string.format('%d marks on lines %s', #marked, vim.inspect(vim.tbl_keys(lines))))

  -- Neovim's own code lenses (with the capability the block declares): their virtual text.
  vim.lsp.codelens.refresh()
  local lens_text = ''
  vim.wait(10000, function()
    for name, ns in pairs(vim.api.nvim_get_namespaces()) do
      if name:find('codelens', 1, true) then
        for _, mark in ipairs(vim.api.nvim_buf_get_extmarks(buf, ns, 0, -1, { details = true })) do
          for _, chunk in ipairs(mark[4].virt_text or {}) do
            lens_text = lens_text .. chunk[1] .. '\n'
          end
        end
      end
    end
    return lens_text:find('cited in', 1, true) ~= nil
  end, 100)
  report(lens_text:find('cited in 2 notes', 1, true) ~= nil, 'code lenses show "cited in 2 notes"', lens_text:sub(1, 200))
end

vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
if failures > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
