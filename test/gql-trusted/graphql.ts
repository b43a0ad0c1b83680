/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TrustedSearchQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TrustedSearchQuery = { __typename: 'Query', images: { __typename: 'ImageConnection', totalCount: number, edges: Array<{ __typename: 'ImageEdge', node:
        | { __typename: 'CivoDiskImage', id: string, name: string }
        | { __typename: 'GcoreImage', id: string, name: string }
       }> } | null };

export type TrustedCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedCardsQuery = { __typename: 'Query', civoDiskImages: Array<{ __typename: 'CivoDiskImage', label: string | null, id: string, name: string, region:
      | { __typename: 'CivoRegion', code: string }
      | { __typename: 'GcoreRegion', code: string }
     }> | null };

type TrustedCard_CivoDiskImage_Fragment = { __typename: 'CivoDiskImage', label: string | null, id: string, name: string, region:
    | { __typename: 'CivoRegion', code: string }
    | { __typename: 'GcoreRegion', code: string }
   };

type TrustedCard_GcoreImage_Fragment = { __typename: 'GcoreImage', id: string, name: string, region:
    | { __typename: 'CivoRegion', code: string }
    | { __typename: 'GcoreRegion', code: string }
   };

export type TrustedCardFragment =
  | TrustedCard_CivoDiskImage_Fragment
  | TrustedCard_GcoreImage_Fragment
;

export const TrustedCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoDiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<TrustedCardFragment, unknown>;
export const TrustedSearchDocument = {"__meta__":{"hash":"sha256:9d95790569d01b2043986c0dee9ecefb8a3ecdd75bfdddeaca2d3fa60e5db541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustedSearchQuery, TrustedSearchQueryVariables>;
export const TrustedCardsDocument = {"__meta__":{"hash":"sha256:0fcddbce4f1494f978e922824bba874dcf894a75b45e00deb787dbfcc42f95c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"civoDiskImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"LON1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrustedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivoDiskImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<TrustedCardsQuery, TrustedCardsQueryVariables>;