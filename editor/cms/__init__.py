"""Talking to a CMS: one client protocol, WordPress first. Pure HTTP + mapping; no queue, no database.

- ``editor.cms.client``: :class:`CmsClient` protocol, ``SiteInfo``, ``RemotePost``, ``MediaItem``.
- ``editor.cms.wordpress``: ``WordPressClient(url, username, application_password)`` (REST, Basic auth).
- ``editor.cms.site_cache``: ``SiteCache`` (API root, term ids) a client is started from
  (``site_cache=`` / ``remember``) and reports back (``site_cache()``); editor.sync stores it per account.
- ``editor.cms.wordpress_mapping``: ``post_fields(article, html, ...)`` and the article marker.
- ``editor.cms.prepare``: ``prepare_post(client, article, render=..., known_media=...)`` uploads images,
  ensures terms and maps the fields, ready for ``client.create`` / ``client.update``;
  ``pending_uploads`` says which files it will upload (for a progress bar).
- ``editor.cms.media``: ``upload_local_images`` and the content-hash → ``MediaRef`` cache.
- ``editor.cms.accounts``: ``AccountStore(data_dir)``; passwords only in the system keyring.
- ``editor.cms.errors``: ``CmsError`` and its subclasses (``transient``, ``retry_after``, ``maybe_applied``).

Submodules are imported explicitly (this package imports nothing), so importing one stays cheap.
"""
