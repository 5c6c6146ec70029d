/*
 * Entente's pages, kept small and without a build step.
 *
 * Live pages: an element with data-live-source subscribes to the registry's change stream (/api/stream, server-sent
 * events named "change" whose id is the event's global position). On a change (of its arrangement only, where the
 * element names one in data-live-arrangement) it fetches its sections from data-live-source with ?after=<position>,
 * which answers once the read models have folded that change, and puts every [data-live] element of the answer in
 * place of the one with the same id. Then document.body carries data-last-change="<position>". Changes arriving
 * during a refresh are folded into one more refresh.
 *
 * Writes from a page send the session's CSRF token from the <meta name="_csrf"> tags of the head.
 *
 * The operations page: a rebuild button posts to the administration API; while any projection is rebuilt, the
 * listing is read every second and each projection's <progress> follows it.
 */
(function () {
    'use strict';

    function csrfHeaders() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {};
        if (token && header) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    window.entente = {csrfHeaders: csrfHeaders};

    function say(id, text) {
        var status = document.getElementById(id);
        if (status) {
            status.textContent = text;
        }
    }

    function time() {
        return new Date().toLocaleTimeString();
    }

    // ---- live pages ----

    function startLive(root) {
        var source = root.getAttribute('data-live-source');
        var arrangement = root.getAttribute('data-live-arrangement');
        var pending = null;
        var running = false;

        function refresh() {
            if (running || pending === null) {
                return;
            }
            running = true;
            var position = pending;
            pending = null;
            var url = source + (source.indexOf('?') >= 0 ? '&' : '?') + 'after=' + encodeURIComponent(position);
            fetch(url, {headers: {'Accept': 'text/html', 'X-Entente-Fragment': 'true'}, credentials: 'same-origin'})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('The page could not be refreshed (' + response.status + ')');
                    }
                    return response.text();
                })
                .then(function (html) {
                    apply(html);
                    document.body.dataset.lastChange = String(position);
                    say('live-status', 'Updated at ' + time() + '.');
                    document.dispatchEvent(new CustomEvent('entente:refreshed', {detail: {position: position}}));
                })
                .catch(function (failure) {
                    say('live-status', failure.message + '; it refreshes again with the next change.');
                })
                .finally(function () {
                    running = false;
                    refresh();
                });
        }

        function apply(html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html');
            var focused = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
            fresh.querySelectorAll('[data-live][id]').forEach(function (section) {
                var old = document.getElementById(section.id);
                if (old) {
                    old.replaceWith(document.importNode(section, true));
                }
            });
            if (focused && document.getElementById(focused) && document.activeElement === document.body) {
                document.getElementById(focused).focus();
            }
            drawCharts();
        }

        if (!window.EventSource) {
            return;
        }
        var stream = new EventSource('/api/stream');
        stream.addEventListener('change', function (event) {
            var change;
            try {
                change = JSON.parse(event.data);
            } catch (notJson) {
                return;
            }
            if (arrangement && change.arrangementId !== arrangement) {
                return;
            }
            var position = typeof change.position === 'number' ? change.position : Number(event.lastEventId);
            pending = pending === null ? position : Math.max(pending, position);
            refresh();
        });
        stream.addEventListener('open', function () {
            root.dataset.liveConnected = 'true';
        });
        window.addEventListener('pagehide', function () {
            stream.close();
        });
    }

    // ---- the scorecard chart: a picture of the table beside it, which stays the accessible equivalent ----

    var chart = null;

    function drawCharts() {
        var canvas = document.getElementById('scorecard-chart');
        var table = document.getElementById('scorecard-table');
        if (chart) {
            chart.destroy();
            chart = null;
        }
        if (!canvas || !table || !window.Chart) {
            return;
        }
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-party]'));
        function figures(name) {
            return rows.map(function (row) {
                return Number(row.getAttribute('data-' + name));
            });
        }
        chart = new window.Chart(canvas, {
            type: 'bar',
            data: {
                labels: rows.map(function (row) {
                    return row.getAttribute('data-party');
                }),
                datasets: [
                    {label: 'Fulfilled on time', data: figures('on-time'), backgroundColor: '#1b6b3a'},
                    {label: 'Fulfilled late', data: figures('late'), backgroundColor: '#8a5a00', borderColor: '#1b1f24', borderWidth: 1},
                    {label: 'Overdue', data: figures('overdue'), backgroundColor: '#8a1116'},
                    {label: 'Open, not overdue', data: figures('open'), backgroundColor: '#50575e'}
                ]
            },
            options: {
                animation: false,
                responsive: true,
                scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    // ---- the operations page ----

    function startOperations(root) {
        var listing = root.getAttribute('data-projections-url');
        var polling = null;

        function row(name) {
            return root.querySelector('tr[data-projection="' + CSS.escape(name) + '"]');
        }

        function show(status) {
            var tr = row(status.name);
            if (!tr) {
                return;
            }
            function field(name, value) {
                var cell = tr.querySelector('[data-field="' + name + '"]');
                if (cell) {
                    cell.textContent = value === null || value === undefined ? '—' : String(value);
                }
            }
            field('running', status.running ? 'yes' : 'no');
            field('position', status.position);
            field('lag', status.lag);
            field('lagSeconds', status.lagSeconds);
            field('generation', status.generation);
            tr.dataset.rebuilding = String(status.rebuilding);
            var box = tr.querySelector('.rebuild-progress');
            var bar = tr.querySelector('progress');
            var text = tr.querySelector('[data-field="progressText"]');
            var button = tr.querySelector('button[data-rebuild]');
            box.hidden = !status.rebuilding;
            button.disabled = status.rebuilding;
            if (status.rebuild) {
                bar.max = Math.max(1, status.rebuild.total);
                bar.value = status.rebuild.processed;
                text.textContent = status.rebuild.processed + ' of ' + status.rebuild.total + ' events'
                    + (status.rebuild.secondsLeft !== null && status.rebuild.secondsLeft !== undefined
                        ? ', about ' + status.rebuild.secondsLeft + ' s left' : '');
            } else if (status.rebuilding) {
                bar.removeAttribute('value');
                text.textContent = 'switching readers over';
            }
        }

        function poll() {
            fetch(listing, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('The projections could not be read (' + response.status + ')');
                    }
                    return response.json();
                })
                .then(function (statuses) {
                    statuses.forEach(show);
                    var rebuilding = statuses.filter(function (s) {
                        return s.rebuilding;
                    }).map(function (s) {
                        return s.name;
                    });
                    if (rebuilding.length === 0) {
                        stop();
                        say('operations-status', 'No rebuild running (checked at ' + time() + ').');
                    } else {
                        say('operations-status', 'Rebuilding ' + rebuilding.join(', ') + '.');
                    }
                })
                .catch(function (failure) {
                    say('operations-status', failure.message);
                });
        }

        function start() {
            if (polling === null) {
                polling = window.setInterval(poll, 1000);
            }
        }

        function stop() {
            if (polling !== null) {
                window.clearInterval(polling);
                polling = null;
            }
        }

        root.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-rebuild]');
            if (!button) {
                return;
            }
            var name = button.getAttribute('data-rebuild');
            button.disabled = true;
            var headers = csrfHeaders();
            headers.Accept = 'application/json';
            fetch(listing + '/' + encodeURIComponent(name) + '/rebuild', {method: 'POST', headers: headers, credentials: 'same-origin'})
                .then(function (response) {
                    return response.json().then(function (body) {
                        if (!response.ok) {
                            throw new Error(body.detail || ('The rebuild was refused (' + response.status + ')'));
                        }
                        show(body);
                        say('operations-status', 'Rebuild of ' + name + ' started.');
                        start();
                    });
                })
                .catch(function (failure) {
                    button.disabled = false;
                    say('operations-status', failure.message);
                });
        });

        if (root.querySelector('tr[data-rebuilding="true"]')) {
            start();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-live-source]').forEach(startLive);
        document.querySelectorAll('[data-operations]').forEach(startOperations);
        drawCharts();
    });
}());
