/*
 * Sends a form of the web application to the API route in its action, as the API's own JSON (or multipart
 * for a form with enctype="multipart/form-data"), and shows the API's refusal next to the fields it names.
 *
 * A form opts in with data-entente-form and may say:
 *   data-method     the HTTP method (default POST; PATCH for an update)
 *   data-if-match   the version the page was read at, sent as If-Match: "N"
 *   data-success    where to go when the API accepts, "{id}" standing for the id it answers
 *   data-await      a read of what was written, asked with ?minVersion=<the version answered> before going on,
 *                   so the next page shows the write ("{id}" as above)
 *
 * Controls are named by the API's field paths: "title", "source.url", "channels[0].value". A control with
 * data-type="list" is a list (a text input: comma-separated values; checkboxes: the ticked values),
 * data-type="boolean" a checkbox sent as true or false, data-type="instant" a datetime-local sent as an
 * ISO instant. What is left empty is not sent, so the API's defaults apply.
 *
 * A refusal (application/problem+json) names bad fields in errors[] by those same paths. Each error goes to
 * the element "<path>-error" of the form; when there is none, the path is shortened from its end
 * ("channels[0].value" -> "channels[0]" -> "channels") until one is found, and what finds none goes to the
 * form's role="alert" box, as does a refusal that names no field. Rows the person left empty are not sent,
 * so the API counts rows without them; the indices it names are translated back to the rows on the page.
 */
(function () {
    'use strict';

    var ERROR_SUFFIX = '-error';

    function uuid() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') {
            return window.crypto.randomUUID();
        }
        // randomUUID needs a secure context; getRandomValues does not.
        var bytes = window.crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    }

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : null;
    }

    /** "channels[0].value" -> ["channels", 0, "value"] */
    function segments(path) {
        var parts = [];
        path.replace(/([^.[\]]+)|\[(\d+)\]/g, function (whole, name, index) {
            parts.push(name !== undefined ? name : Number(index));
        });
        return parts;
    }

    function sent(control) {
        return control.name && !control.disabled && control.name !== '_csrf'
            && ['submit', 'button', 'reset'].indexOf(control.type) < 0 && control.tagName !== 'FIELDSET';
    }

    function valueOf(control) {
        var type = control.dataset.type;
        if (control.type === 'checkbox') {
            if (type === 'boolean') {
                return control.checked;
            }
            return control.checked ? control.value : undefined;
        }
        var value = control.value.trim();
        if (value === '') {
            return undefined;
        }
        if (type === 'list') {
            return value.split(/[\s,;]+/).filter(function (item) { return item !== ''; });
        }
        if (type === 'instant') {
            var instant = new Date(value);
            // What the browser cannot read is sent as it is, for the API to name.
            return isNaN(instant.getTime()) ? value : instant.toISOString();
        }
        return value;
    }

    function put(root, path, value, append) {
        var node = root;
        for (var i = 0; i < path.length - 1; i++) {
            if (node[path[i]] === undefined) {
                node[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
            }
            node = node[path[i]];
        }
        var last = path[path.length - 1];
        if (append) {
            node[last] = (node[last] || []).concat(value);
        } else {
            node[last] = value;
        }
    }

    /**
     * Drops what was left empty (rows with nothing filled, objects with no field) and notes, for every row
     * kept, the path the API will name it by and the path of its row on the page.
     */
    function compact(node, path, renumbered) {
        if (Array.isArray(node)) {
            var kept = [];
            node.forEach(function (item, index) {
                var value = compact(item, path + '[' + index + ']', renumbered);
                if (value !== undefined) {
                    renumbered[path + '[' + kept.length + ']'] = path + '[' + index + ']';
                    kept.push(value);
                }
            });
            return kept.length ? kept : undefined;
        }
        if (node !== null && typeof node === 'object') {
            var any = false;
            Object.keys(node).forEach(function (key) {
                var value = compact(node[key], path ? path + '.' + key : key, renumbered);
                if (value === undefined) {
                    delete node[key];
                } else {
                    node[key] = value;
                    any = true;
                }
            });
            return any ? node : undefined;
        }
        return node;
    }

    function json(form) {
        var root = {};
        Array.prototype.forEach.call(form.elements, function (control) {
            if (!sent(control)) {
                return;
            }
            var value = valueOf(control);
            if (value !== undefined) {
                var listed = control.dataset.type === 'list' && control.type === 'checkbox';
                put(root, segments(control.name), value, listed);
            }
        });
        var renumbered = {};
        return {body: JSON.stringify(compact(root, '', renumbered) || {}), renumbered: renumbered};
    }

    function multipart(form) {
        var data = new FormData();
        Array.prototype.forEach.call(form.elements, function (control) {
            if (!sent(control)) {
                return;
            }
            if (control.type === 'file') {
                if (control.files.length) {
                    data.append(control.name, control.files[0]);
                }
            } else if (control.type !== 'checkbox' || control.checked) {
                var value = control.value.trim();
                if (value !== '') {
                    data.append(control.name, value);
                }
            }
        });
        return data;
    }

    /** The path of the row on the page for a path the API named. */
    function onPage(field, renumbered) {
        var path = '';
        segments(field).forEach(function (segment) {
            if (typeof segment === 'number') {
                var named = path + '[' + segment + ']';
                path = renumbered[named] || named;
            } else {
                path += (path ? '.' : '') + segment;
            }
        });
        return path;
    }

    /** The longest path, from the one given shortened from its end, that has an error element in the form. */
    function placeOf(form, path) {
        while (path) {
            var element = document.getElementById(path + ERROR_SUFFIX);
            if (element && form.contains(element)) {
                return path;
            }
            var shorter = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
            path = shorter === path ? '' : shorter;
        }
        return null;
    }

    /** The controls a path stands for: the control of that name, or every control inside it. */
    function controlsOf(form, path) {
        return Array.prototype.filter.call(form.elements, function (control) {
            return sent(control) && (control.name === path || control.name.indexOf(path + '.') === 0
                || control.name.indexOf(path + '[') === 0);
        });
    }

    function alertBox(form) {
        return form.querySelector('[role="alert"]');
    }

    function clear(form) {
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (control) {
            control.removeAttribute('aria-invalid');
            control.classList.remove('is-invalid');
        });
        Array.prototype.forEach.call(form.querySelectorAll('[id$="' + ERROR_SUFFIX + '"]'), function (element) {
            element.textContent = '';
        });
        var alert = alertBox(form);
        alert.textContent = '';
        alert.hidden = true;
    }

    function tell(form, lines) {
        var alert = alertBox(form);
        alert.textContent = '';
        lines.forEach(function (line) {
            var paragraph = document.createElement('p');
            paragraph.className = 'mb-0';
            paragraph.textContent = line;
            alert.appendChild(paragraph);
        });
        alert.hidden = false;
        alert.focus();
    }

    function show(form, problem, renumbered) {
        clear(form);
        var unplaced = [];
        var first = null;
        (problem.errors || []).forEach(function (error) {
            var field = error.field || '';
            var place = placeOf(form, onPage(field, renumbered));
            if (!place) {
                unplaced.push((field ? field + ': ' : '') + error.message);
                return;
            }
            var element = document.getElementById(place + ERROR_SUFFIX);
            element.textContent = element.textContent ? element.textContent + '; ' + error.message : error.message;
            controlsOf(form, place).forEach(function (control) {
                control.setAttribute('aria-invalid', 'true');
                control.classList.add('is-invalid');
                first = first || control;
            });
        });
        if (!problem.errors || problem.errors.length === 0 || unplaced.length) {
            var summary = [problem.title, problem.detail].filter(Boolean).join(': ');
            tell(form, [summary || 'The registry refused the request'].concat(unplaced));
        }
        if (first) {
            first.focus();
        }
    }

    function fill(template, id) {
        return template.split('{id}').join(encodeURIComponent(id));
    }

    function answerOf(response) {
        var type = response.headers.get('Content-Type') || '';
        return type.indexOf('json') >= 0 ? response.json().catch(function () { return null; }) : Promise.resolve(null);
    }

    function enhance(form) {
        var key = uuid();
        var button = form.querySelector('[type="submit"]');
        Array.prototype.forEach.call(form.querySelectorAll('[data-default="now"]'), function (control) {
            if (!control.value) {
                var now = new Date();
                now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
                control.value = now.toISOString().slice(0, 19);
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (form.dataset.sending) {
                return;
            }
            form.dataset.sending = 'true';
            if (button) {
                button.disabled = true;
            }
            var headers = {'Accept': 'application/json, application/problem+json', 'Idempotency-Key': key};
            var csrfHeader = meta('_csrf_header');
            var csrf = meta('_csrf');
            if (csrfHeader && csrf) {
                headers[csrfHeader] = csrf;
            }
            if (form.dataset.ifMatch) {
                headers['If-Match'] = '"' + form.dataset.ifMatch + '"';
            }
            var renumbered = {};
            var body;
            if ((form.getAttribute('enctype') || '').toLowerCase() === 'multipart/form-data') {
                body = multipart(form);
            } else {
                var content = json(form);
                body = content.body;
                renumbered = content.renumbered;
                headers['Content-Type'] = 'application/json';
            }
            var settled = function () {
                delete form.dataset.sending;
                if (button) {
                    button.disabled = false;
                }
            };
            fetch(form.getAttribute('action'), {
                method: form.dataset.method || 'POST', headers: headers, body: body, credentials: 'same-origin'
            }).then(function (response) {
                return answerOf(response).then(function (answer) {
                    if (response.ok) {
                        answer = answer || {};
                        var awaited = form.dataset.await && answer.version
                            ? fetch(fill(form.dataset.await, answer.id) + '?minVersion=' + answer.version,
                                {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).catch(function () { return null; })
                            : Promise.resolve(null);
                        return awaited.then(function () {
                            window.location.assign(fill(form.dataset.success || '/', answer.id || ''));
                        });
                    }
                    // The registry keeps a refused request's answer under its key: the corrected one needs a key of its own.
                    if (response.status < 500) {
                        key = uuid();
                    }
                    show(form, answer || {title: response.status + ' ' + response.statusText}, renumbered);
                    settled();
                });
            }).catch(function () {
                // Nothing came back: the key stays, so sending again records at most once.
                tell(form, ['The registry could not be reached. Nothing is known to be recorded; sending again will not record twice.']);
                settled();
            });
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-entente-form]'), enhance);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
