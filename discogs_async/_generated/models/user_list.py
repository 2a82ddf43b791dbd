from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item import ListItem
    from ..models.list_owner import ListOwner


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """A list with its items.

    Attributes:
        id (int | Unset):
        user (ListOwner | Unset): The user a list belongs to.
        name (str | Unset):
        description (str | Unset):
        public (bool | Unset):
        date_added (str | Unset): When the list was made, an ISO 8601 timestamp with offset.
        date_changed (str | Unset): When the list last changed, an ISO 8601 timestamp with offset.
        uri (str | Unset): The list on the website.
        resource_url (str | Unset):
        image_url (str | Unset):
        items (list[ListItem] | Unset):
        list_id (int | Unset): The documented name of `id`.
        created_ts (str | Unset): The documented name of `date_added`.
        modified_ts (str | Unset): The documented name of `date_changed`.
        url (str | Unset): The documented name of `uri`.
    """

    id: int | Unset = UNSET
    user: ListOwner | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    public: bool | Unset = UNSET
    date_added: str | Unset = UNSET
    date_changed: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    items: list[ListItem] | Unset = UNSET
    list_id: int | Unset = UNSET
    created_ts: str | Unset = UNSET
    modified_ts: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        name = self.name

        description = self.description

        public = self.public

        date_added = self.date_added

        date_changed = self.date_changed

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        list_id = self.list_id

        created_ts = self.created_ts

        modified_ts = self.modified_ts

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if public is not UNSET:
            field_dict["public"] = public
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if items is not UNSET:
            field_dict["items"] = items
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if modified_ts is not UNSET:
            field_dict["modified_ts"] = modified_ts
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_item import ListItem  # noqa: PLC0415
        from ..models.list_owner import ListOwner  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserList: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _user = d.pop("user", UNSET)
        user: ListOwner | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ListOwner.from_dict(_user)

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        public = d.pop("public", UNSET)
        if not isinstance(public, Unset) and not (isinstance(public, bool)):
            raise TypeError(f"public: expected a boolean, got {type(public).__name__}")

        date_added = d.pop("date_added", UNSET)
        if not isinstance(date_added, Unset) and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        date_changed = d.pop("date_changed", UNSET)
        if not isinstance(date_changed, Unset) and not (isinstance(date_changed, str)):
            raise TypeError(f"date_changed: expected a string, got {type(date_changed).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        image_url = d.pop("image_url", UNSET)
        if not isinstance(image_url, Unset) and not (isinstance(image_url, str)):
            raise TypeError(f"image_url: expected a string, got {type(image_url).__name__}")

        _items = d.pop("items", UNSET)
        items: list[ListItem] | Unset = UNSET
        if not isinstance(_items, Unset):
            if not isinstance(_items, list):
                raise TypeError(f"items: expected an array, got {type(_items).__name__}")
            items = []
            for items_item_data in _items:
                items_item = ListItem.from_dict(items_item_data)

                items.append(items_item)

        list_id = d.pop("list_id", UNSET)
        if not isinstance(list_id, Unset) and not (isinstance(list_id, int) and not isinstance(list_id, bool)):
            raise TypeError(f"list_id: expected an integer, got {type(list_id).__name__}")

        created_ts = d.pop("created_ts", UNSET)
        if not isinstance(created_ts, Unset) and not (isinstance(created_ts, str)):
            raise TypeError(f"created_ts: expected a string, got {type(created_ts).__name__}")

        modified_ts = d.pop("modified_ts", UNSET)
        if not isinstance(modified_ts, Unset) and not (isinstance(modified_ts, str)):
            raise TypeError(f"modified_ts: expected a string, got {type(modified_ts).__name__}")

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        user_list = cls(
            id=id,
            user=user,
            name=name,
            description=description,
            public=public,
            date_added=date_added,
            date_changed=date_changed,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            items=items,
            list_id=list_id,
            created_ts=created_ts,
            modified_ts=modified_ts,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_list.additional_properties = additional_properties
        return user_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
