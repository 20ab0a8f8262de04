"""Talking to a CMS: one CMS-neutral client protocol; WordPress and Ghost. Pure HTTP + mapping; no queue,
no database.

- ``editor.cms.client``: :class:`CmsClient` protocol, ``SiteInfo``, ``RemotePost``, ``MediaItem``,
  ``ConflictDetected`` (the same for every CMS).
- ``editor.cms.draft``: ``PostDraft``, what the sync layer hands a client (each maps it itself).
- ``editor.cms.kinds``: the registry ``Account.kind`` → client.
- ``editor.cms.wordpress``: ``WordPressClient(url, username, application_password)`` (REST, Basic auth).
- ``editor.cms.ghost``: ``GhostClient(url, admin_key)`` (Admin API, HS256 key tokens); mapping, marker and
  same-second edits explained in its docstring and ``ghost_mapping``.
- ``editor.cms.site_cache``: ``SiteCache`` (API root, term ids) a client is started from
  (``site_cache=`` / ``remember``) and reports back (``site_cache()``); editor.sync stores it per account.
- ``editor.cms.wordpress_mapping``: ``post_fields(draft, ...)`` and the article marker.
- ``editor.cms.prepare``: ``prepare_post(client, article, render=..., known_media=...)`` uploads images
  and makes the ``PostDraft``, ready for ``client.create`` / ``client.update``;
  ``pending_uploads`` says which files it will upload (for a progress bar).
- ``editor.cms.media``: ``upload_local_images`` and the content-hash → ``MediaRef`` cache.
- ``editor.cms.accounts``: ``AccountStore(data_dir)``; passwords only in the system keyring.
- ``editor.cms.errors``: ``CmsError`` and its subclasses (``transient``, ``retry_after``, ``maybe_applied``).

Submodules are imported explicitly (this package imports nothing), so importing one stays cheap.
"""
